//! Template: the spam-site shell around a scraped article.
//!
//! Spam sites wrap a copied article in a shell that no genuine publisher
//! would ship: a gambling site name in the copyright or "Powered by" line
//! (and again in the logo), and contact lines left at their placeholder
//! values — `电话：400-000-0000`, `邮箱：admin@admin.com`, `地址：某某某某`,
//! `ICP备00000000号`. Genuine sites have contact and copyright lines too, so
//! the presence of such a line is never the signal: a dummy value is, or a
//! name the naive Bayes evidence calls gambling. Lines are the body's
//! `'\n'`-separated blocks; a shell line is reported whole, the article
//! inside stays clean.

use super::{Field, PollutedSpan, SpanKind};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// Labels of contact and registration lines, lower-case, longest first
/// where one is a prefix of another.
const CONTACT_LABELS: [&str; 23] = [
    "联系电话",
    "客服热线",
    "服务热线",
    "咨询电话",
    "电话",
    "热线",
    "tel",
    "传真",
    "fax",
    "公司地址",
    "联系地址",
    "地址",
    "电子邮箱",
    "邮箱",
    "e-mail",
    "email",
    "客服qq",
    "qq",
    "手机号码",
    "手机号",
    "手机",
    "微信",
    "icp备",
];

/// Words that stand in for a value nobody filled in.
const PLACEHOLDER_WORDS: [&str; 7] = ["某某", "xx", "测试", "这里是", "您的", "待定", "地址"];

/// E-mail local parts and domain names of template defaults.
const DUMMY_MAIL_NAMES: [&str; 8] = [
    "admin", "test", "root", "example", "demo", "user", "xxx", "domain",
];

/// Log-odds of spam a credited name must reach alone: names of genuine
/// regional sites ("…在线", "…网") reach a few nats on word evidence, the
/// gambling names seen on shells dozens.
const NAME_MIN_LOG_ODDS: f64 = 5.0;

/// Markers of a copyright / credit line.
const CREDIT_MARKERS: [&str; 6] = [
    "copyright",
    "©",
    "版权所有",
    "powered by",
    "技术支持",
    "all rights reserved",
];

/// The name a credit line credits: the line without its credit words,
/// years and separators ("© 2024 X Powered by X" -> "X X"); `None` when
/// nothing or a whole sentence is left (genuine notices are prose).
fn credited_name(lower: &str) -> Option<String> {
    let mut rest = lower.to_string();
    for m in CREDIT_MARKERS
        .iter()
        .chain(&["(c)", "版权", "：", ":", "|"])
    {
        rest = rest.replace(m, " ");
    }
    let words: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '-'))
        .collect();
    let name = words.join(" ");
    let n = name.chars().count();
    ((2..=40).contains(&n) && !name.contains(['，', '。', '、'])).then_some(name)
}

/// Whether a run of digits is a placeholder: one digit repeated, an
/// ascending run (`123456…`), or a long number that is nearly all one digit
/// (`13800000000`, `400-000-0000`).
fn dummy_digits(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() < 5 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    // One digit repeated, or one digit then zeros ("10000").
    if b[1..].iter().all(|&c| c == b[1]) && (b[0] == b[1] || b[1] == b'0') {
        return true;
    }
    if b.len() >= 6
        && b.windows(2)
            .all(|w| w[1] == w[0] + 1 || (w[0] == b'9' && w[1] == b'0'))
    {
        return true;
    }
    let most = (b'0'..=b'9')
        .map(|c| b.iter().filter(|&&x| x == c).count())
        .max()
        .unwrap_or(0);
    b.len() >= 8 && most + 3 >= b.len()
}

/// Shortest counting run ([`has_counting_run`]) that marks a placeholder
/// inside a longer number: real numbers hold runs of four, rarely seven.
const MIN_COUNTING_RUN: usize = 7;

/// Whether digits hold a run of [`MIN_COUNTING_RUN`] counting up or down
/// (`…1234567…`, `…9876543…`), however the number around it looks.
fn has_counting_run(d: &str) -> bool {
    let b = d.as_bytes();
    let mut up = 1;
    let mut down = 1;
    for w in b.windows(2) {
        if !(w[0].is_ascii_digit() && w[1].is_ascii_digit()) {
            (up, down) = (1, 1);
            continue;
        }
        up = if w[1] == w[0] + 1 { up + 1 } else { 1 };
        down = if w[1] + 1 == w[0] { down + 1 } else { 1 };
        if up >= MIN_COUNTING_RUN || down >= MIN_COUNTING_RUN {
            return true;
        }
    }
    false
}

/// Whether a contact value (lower-case, label and colon removed) is a placeholder.
fn dummy_value(v: &str) -> bool {
    let v = v.trim_matches(|c: char| c.is_whitespace() || matches!(c, '：' | ':' | '号'));
    if v.is_empty() {
        return false;
    }
    let digits: String = v
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '+' | '(' | ')' | '（' | '）'))
        .collect();
    if dummy_digits(&digits) || has_counting_run(&digits) {
        return true;
    }
    // A group of the number filled with a counting run or one repeated
    // digit ("020-123456", "0755-88888888").
    if v.split(|c: char| !c.is_ascii_digit())
        .any(|group| group.len() >= 6 && dummy_digits(group))
    {
        return true;
    }
    if digits.chars().count() >= 4 && digits.chars().all(|c| c == 'x' || c == '*') {
        return true;
    }
    if let Some((local, domain)) = v.split_once('@') {
        let first = domain.split('.').next().unwrap_or("");
        return DUMMY_MAIL_NAMES.contains(&local)
            || DUMMY_MAIL_NAMES.contains(&first)
            || dummy_digits(local);
    }
    if PLACEHOLDER_WORDS.iter().any(|w| v.contains(w)) {
        return true;
    }
    // A unit repeated to fill the field: "某某某某", "测试测试".
    let chars: Vec<char> = v.chars().collect();
    (1..=chars.len() / 2).any(|unit| {
        chars.len() % unit == 0
            && chars.len() / unit >= 2
            && chars.chunks(unit).all(|c| c == &chars[..unit])
            && !chars[..unit].iter().all(char::is_ascii_digit)
    })
}

/// All contact labels in one automaton, matched leftmost-longest: one pass
/// over a line instead of one search per label ("联系电话" beats "电话").
fn contact_labels() -> &'static AhoCorasick {
    static LABELS: OnceLock<AhoCorasick> = OnceLock::new();
    LABELS.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(CONTACT_LABELS)
            .expect("the contact labels are a valid, small pattern set")
    })
}

/// Whether a line (lower-case) holds a contact label followed by a placeholder value.
/// `text.to_lowercase()`, borrowed when nothing would change: most lines
/// are Chinese, and Unicode case mapping is a table search per character.
fn lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(changes_in_lowercase) {
        std::borrow::Cow::Owned(text.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Whether `char::to_lowercase` maps `c` to something else: upper-case
/// letters (the `Uppercase` property) and the few title-case digraphs.
fn changes_in_lowercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    c.is_uppercase()
        || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}'
            | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}')
}

fn is_placeholder_line(lower: &str) -> bool {
    contact_labels().find_iter(lower).any(|m| {
        let value: String = lower[m.end()..]
            .trim_start_matches(['：', ':', ' '])
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '\u{3000}' && *c != '|')
            .collect();
        dummy_value(&value)
    })
}

/// A body line: code-point range of its trimmed text, and its byte range.
struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn lines(body: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut cp = 0usize;
    for raw in body.split('\n') {
        let n = raw.chars().count();
        let lead = raw.chars().take_while(|c| c.is_whitespace()).count();
        let text = raw.trim();
        if !text.is_empty() {
            let start = cp + lead;
            out.push(Line {
                start,
                end: start + text.chars().count(),
                text,
            });
        }
        cp += n + 1;
    }
    out
}

/// Score of placeholder lines on a page without other gambling evidence:
/// one placeholder is an unfinished site, two or more a template shell.
fn placeholder_score(count: usize) -> f64 {
    1.0 / (1.0 + (-(2.0 * (count as f64 - 1.5))).exp())
}

/// Finds the shell lines of `body`. `gambling` are the page's naive Bayes
/// body spans (all scores), `page_score` the strongest gambling evidence
/// anywhere on the page, `threshold` the verdict threshold and `log_odds`
/// the model's text-level log-odds of spam (for credited names). Returns the
/// template spans (kind [`SpanKind::Template`], whole lines of the body).
pub fn shell_spans(
    body: &str,
    gambling: &[PollutedSpan],
    page_score: f64,
    threshold: f64,
    log_odds: &dyn Fn(&str) -> f64,
) -> Vec<PollutedSpan> {
    let lines = lines(body);
    let mut strong: Vec<&PollutedSpan> = gambling
        .iter()
        .filter(|s| s.field == Field::Body && s.score >= threshold)
        .collect();
    strong.sort_by_key(|s| (s.start, s.end));
    // reach[i]: the furthest end among strong[..=i], so the spans touching a
    // line are found by binary search (a page can have thousands of lines).
    let reach: Vec<usize> = strong
        .iter()
        .scan(0usize, |m, s| {
            *m = (*m).max(s.end);
            Some(*m)
        })
        .collect();
    let touching = |start: usize, end: usize| {
        let first = reach.partition_point(|&r| r <= start);
        strong[first..]
            .iter()
            .take_while(move |s| s.start < end)
            .filter(move |s| s.end > start)
    };
    let overlapping =
        |l: &Line| -> Option<f64> { touching(l.start, l.end).map(|s| s.score).reduce(f64::max) };
    let mut found: Vec<(usize, f64)> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    let mut placeholders = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let lower = lowercase(l.text);
        if CREDIT_MARKERS.iter().any(|m| lower.contains(m)) {
            // The credited name itself, scored alone: short brand names carry
            // too little evidence to open a span inside a line.
            let named = credited_name(&lower)
                .map(|n| log_odds(&n))
                .filter(|&odds| odds >= NAME_MIN_LOG_ODDS)
                .map(|odds| 1.0 / (1.0 + (-odds).exp()));
            if let Some(score) = overlapping(l).or(named) {
                found.push((i, score));
                names.extend(
                    touching(l.start, l.end)
                        .filter(|s| s.start >= l.start && s.end <= l.end)
                        .map(|s| s.text.as_str()),
                );
                continue;
            }
        }
        if is_placeholder_line(&lower) {
            placeholders.push(i);
        }
    }
    // The gambling site name again as a short line of its own (the logo).
    // A shell repeats its name on every line: test each distinct name once.
    names.sort_unstable();
    names.dedup();
    let mut is_shell = vec![false; lines.len()];
    for &(j, _) in &found {
        is_shell[j] = true;
    }
    for (i, l) in lines.iter().enumerate() {
        if is_shell[i] {
            continue;
        }
        let len = l.end - l.start;
        let named = names
            .iter()
            .any(|n| l.text.contains(n) && len <= 2 * n.chars().count() + 8);
        if let Some(score) = overlapping(l).filter(|_| named) {
            found.push((i, score));
        }
    }
    if !placeholders.is_empty() {
        let evidence = if page_score >= threshold {
            page_score
        } else {
            0.0
        };
        let score = placeholder_score(placeholders.len()).max(evidence);
        found.extend(placeholders.into_iter().map(|i| (i, score)));
    }
    found.sort_by_key(|&(i, _)| i);
    found
        .into_iter()
        .map(|(i, score)| {
            let l = &lines[i];
            PollutedSpan {
                field: Field::Body,
                start: l.start,
                end: l.end,
                text: l.text.to_string(),
                score,
                kind: SpanKind::Template,
                block: None,
                html: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nb(body: &str, phrase: &str, score: f64) -> PollutedSpan {
        let byte = body.find(phrase).unwrap();
        let start = body[..byte].chars().count();
        PollutedSpan {
            field: Field::Body,
            start,
            end: start + phrase.chars().count(),
            text: phrase.to_string(),
            score,
            kind: SpanKind::Gambling,
            block: None,
            html: None,
        }
    }

    fn no_odds(_: &str) -> f64 {
        -5.0
    }

    #[test]
    fn lowercase_borrows_only_when_nothing_changes() {
        // Every char the standard mapping changes is caught.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if c.to_lowercase().ne(std::iter::once(c)) {
                assert!(changes_in_lowercase(c), "{c:?} U+{:04X}", c as u32);
            }
        }
        assert!(matches!(
            lowercase("版权所有，网站"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(lowercase("ＣＯＰＹ Right 版权"), "ｃｏｐｙ right 版权");
    }

    #[test]
    fn credited_names_are_scored_alone() {
        assert_eq!(
            credited_name("copyright © 2024 powered by 金沙娱乐").as_deref(),
            Some("金沙娱乐")
        );
        assert_eq!(
            credited_name("版权所有：pg娱乐 技术支持：pg娱乐").as_deref(),
            Some("pg娱乐 pg娱乐")
        );
        assert_eq!(credited_name("© 2024"), None);
        let odds = |t: &str| if t.contains("娱乐") { 9.0 } else { 3.0 };
        let body = "新闻正文\nCopyright © 2023 Powered by 4172娱乐";
        let spans = shell_spans(body, &[], 0.0, 0.5, &odds);
        assert_eq!(texts(&spans), vec!["Copyright © 2023 Powered by 4172娱乐"]);
        let genuine = "新闻正文\nCopyright © 2023 滨江日报 All Rights Reserved";
        assert!(shell_spans(genuine, &[], 0.0, 0.5, &odds).is_empty());
    }

    fn texts(spans: &[PollutedSpan]) -> Vec<&str> {
        spans.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn placeholder_values() {
        for v in [
            "000-00000000",
            "400-000-0000",
            "13800000000",
            "18888888888",
            "88888888",
            "123456789",
            "020-123456789",
            "0755-12345678",
            "400-1234-5678",
            "139-8765-4321",
            "021-666666",
            "admin@admin.com",
            "service@admin.com",
            "123456@qq.com",
            "某某某某",
            "xx路xx号",
            "地址地址地址",
            "测试",
            "xxxxxxxx",
        ] {
            assert!(dummy_value(v), "{v}");
        }
        for v in [
            "010-65368871",
            "400-810-5566",
            "12345",
            "12315",
            "12000-3",
            "0571-87051234",
            "010-12345",
            "0591-83456712",
            "jubao@hzrb.com.cn",
            "北京市海淀区学院路38号",
            "100083",
            "kefu@news.cn",
        ] {
            assert!(!dummy_value(v), "{v}");
        }
    }

    #[test]
    fn shell_lines_found_article_untouched() {
        let body = "金沙娱乐城\n首页 新闻 体育\n市政府召开常务会议 研究部署防汛工作\n会议要求各地落实责任，电话值守不间断。\nCopyright © 2024 Powered by 金沙娱乐城\n客服热线：400-000-0000\n地址：某某某某\n邮箱：admin@admin.com";
        let gambling = vec![
            nb(body, "金沙娱乐城", 0.99),
            nb(&body[body.find("Copyright").unwrap()..], "金沙娱乐城", 0.99),
        ];
        // The second span's offsets must be in body coordinates.
        let copyright_at = body[..body.find("Copyright").unwrap()].chars().count();
        let mut gambling = gambling;
        gambling[1].start += copyright_at;
        gambling[1].end += copyright_at;
        let spans = shell_spans(body, &gambling, 0.99, 0.5, &no_odds);
        assert_eq!(
            texts(&spans),
            vec![
                "金沙娱乐城",
                "Copyright © 2024 Powered by 金沙娱乐城",
                "客服热线：400-000-0000",
                "地址：某某某某",
                "邮箱：admin@admin.com"
            ]
        );
        let chars: Vec<char> = body.chars().collect();
        for s in &spans {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
            assert_eq!(s.kind, SpanKind::Template);
            assert!(s.score >= 0.5);
        }
    }

    #[test]
    fn genuine_footer_stays_clean() {
        let body = "滨江日报\n新区建设稳步推进\nCopyright © 2003-2024 滨江日报 All Rights Reserved\n联系电话：0571-87051234　传真：0571-87051235\n地址：杭州市西湖区学院路38号　邮编：310012\n违法和不良信息举报电话：12345　举报邮箱：jubao@bjrb.com.cn\n浙ICP备13024871号-2";
        assert!(shell_spans(body, &[], 0.02, 0.5, &no_odds).is_empty());
    }

    #[test]
    fn one_placeholder_alone_is_not_a_verdict() {
        let body = "小店开业\n电话：000-00000000";
        let spans = shell_spans(body, &[], 0.0, 0.5, &no_odds);
        assert_eq!(texts(&spans), vec!["电话：000-00000000"]);
        assert!(spans[0].score < 0.5);
        let two = shell_spans(
            "电话：000-00000000\n传真：000-00000000",
            &[],
            0.0,
            0.5,
            &no_odds,
        );
        assert!(two.iter().all(|s| s.score >= 0.5));
        // With gambling evidence elsewhere on the page, one is enough.
        let spans = shell_spans(body, &[], 0.97, 0.5, &no_odds);
        assert_eq!(spans[0].score, 0.97);
    }
}
