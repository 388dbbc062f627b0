//! Output: reports as JSON lines for machines and as a highlighted view for
//! people.
//!
//! The JSON object is the contract other tools parse (see the README's schema
//! section); the human view shows the verdict, one line per span and every
//! body line that holds a span with the span highlighted on a terminal or
//! wrapped in `[[` `]]` markers otherwise.
//!
//! Batch scanning (`spamscan scan`) adds one file per output format behind
//! [`record::RecordFormat`] — [`report`], [`dolma`], [`clean`], [`html`] (a
//! page people read, also written by `score --html`) — plus where
//! the lines go ([`destination`]), the end-of-scan [`summary`] and the
//! [`progress`] bar.

mod eval_table;

pub mod clean;
pub mod destination;
pub mod dolma;
pub mod file;
pub mod html;
pub mod progress;
pub mod record;
pub mod report;
pub mod summary;
pub mod terminal;

pub use eval_table::write_eval_table;

use crate::detect::{Field, Report, Verdict};
use serde::Serialize;
use std::io::{self, Write};
use termcolor::{Color, ColorSpec, WriteColor};
use terminal::escape_controls;

/// Markers around a span when colour is off.
pub const PLAIN_MARKERS: (&str, &str) = ("[[", "]]");

/// The `score --json` object: the report and, with `--emit-text`, the body
/// text its offsets index. The one definition of that object, serialized by
/// the CLI and by the Python bindings alike, so both give the same keys in
/// the same order.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ScoreJson<'a> {
    /// The report, its fields inlined.
    #[serde(flatten)]
    pub report: &'a Report,
    /// The body text, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
}

/// Writes one report as a single JSON line; `text` adds the body it indexes.
pub fn write_json<W: Write>(mut w: W, report: &Report, text: Option<&str>) -> io::Result<()> {
    serde_json::to_writer(&mut w, &ScoreJson { report, text })?;
    w.write_all(b"\n")
}

/// Writes the human view of a report. Text from the page and its name is
/// shown with control characters escaped ([`terminal::escape_controls`]),
/// colour or not.
pub fn write_human<W: WriteColor>(w: &mut W, report: &Report, body: &str) -> io::Result<()> {
    let (label, color) = match report.verdict {
        Verdict::Polluted => ("POLLUTED", Color::Red),
        Verdict::Clean => ("clean", Color::Green),
    };
    write!(w, "{}: ", escape_controls(&report.id))?;
    w.set_color(ColorSpec::new().set_fg(Some(color)).set_bold(true))?;
    write!(w, "{label}")?;
    w.reset()?;
    writeln!(
        w,
        " score {:.3}, {} span{}, {} chars",
        report.score,
        report.spans.len(),
        if report.spans.len() == 1 { "" } else { "s" },
        report.chars
    )?;
    for s in &report.spans {
        let field = match s.block {
            Some(b) => format!("{}[{b}]", s.field.as_str()),
            None => s.field.as_str().to_string(),
        };
        let kind = serde_json::to_value(s.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        write!(
            w,
            "  {:<16} {:>6}..{:<6} {:.3}  {:<8} {}",
            field,
            s.start,
            s.end,
            s.score,
            kind,
            one_line(&s.text)
        )?;
        match s.html {
            Some(h) => writeln!(w, "  (html bytes {}..{})", h.start, h.end)?,
            None => writeln!(w)?,
        }
    }
    write_context(w, report, body)
}

fn one_line(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_controls(&joined).into_owned()
}

/// Prints each body line that holds a span, spans highlighted.
fn write_context<W: WriteColor>(w: &mut W, report: &Report, body: &str) -> io::Result<()> {
    let mut spans = report
        .spans
        .iter()
        .filter(|s| s.field == Field::Body)
        .peekable();
    if spans.peek().is_none() {
        return Ok(());
    }
    writeln!(w)?;
    let mut line_start = 0usize; // in chars
    for (number, line) in body.split('\n').enumerate() {
        let line_len = line.chars().count();
        let line_end = line_start + line_len;
        let mut here = Vec::new();
        while let Some(s) = spans.peek() {
            if s.start > line_end {
                break;
            }
            here.push(*s);
            if s.end <= line_end + 1 {
                spans.next();
            } else {
                break;
            }
        }
        if !here.is_empty() {
            write!(w, "{:>5}: ", number + 1)?;
            let chars: Vec<char> = line.chars().collect();
            let mut at = 0usize;
            for s in here {
                let a = s.start.saturating_sub(line_start).min(line_len);
                let b = s.end.saturating_sub(line_start).min(line_len);
                if a < at {
                    continue;
                }
                let before: String = chars[at..a].iter().collect();
                write!(w, "{}", escape_controls(&before))?;
                highlight(w, &escape_controls(&chars[a..b].iter().collect::<String>()))?;
                at = b;
            }
            let after: String = chars[at..].iter().collect();
            writeln!(w, "{}", escape_controls(&after))?;
        }
        line_start = line_end + 1;
    }
    Ok(())
}

fn highlight<W: WriteColor>(w: &mut W, text: &str) -> io::Result<()> {
    if w.supports_color() {
        w.set_color(
            ColorSpec::new()
                .set_fg(Some(Color::Red))
                .set_bold(true)
                .set_underline(true),
        )?;
        write!(w, "{text}")?;
        w.reset()
    } else {
        write!(w, "{}{text}{}", PLAIN_MARKERS.0, PLAIN_MARKERS.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{PollutedSpan, SpanKind};

    fn report() -> Report {
        Report {
            id: "page.html".into(),
            verdict: Verdict::Polluted,
            score: 0.99,
            title: None,
            chars: 12,
            spans: vec![PollutedSpan {
                field: Field::Body,
                start: 8,
                end: 11,
                text: "六合彩".into(),
                score: 0.99,
                kind: SpanKind::Gambling,
                block: None,
                html: None,
            }],
        }
    }

    #[test]
    fn plain_view_marks_spans_in_context() {
        let mut out = termcolor::NoColor::new(Vec::new());
        write_human(&mut out, &report(), "第一行\n今天天气六合彩好").unwrap();
        let s = String::from_utf8(out.into_inner()).unwrap();
        assert!(
            s.starts_with("page.html: POLLUTED score 0.990, 1 span, 12 chars"),
            "{s}"
        );
        assert!(s.contains("    2: 今天天气[[六合彩]]好"), "{s}");
        assert!(!s.contains("第一行"));
    }

    #[test]
    fn human_view_escapes_terminal_controls() {
        let mut r = report();
        r.id = "page\x1b]0;owned\x07.html".into();
        r.spans[0].text = "六合\x1b[2J彩".into();
        (r.spans[0].start, r.spans[0].end) = (9, 16);
        let body = "第一行\n今天天气\u{202e}六合\x1b[2J彩\r好\u{9b}";
        for color in [false, true] {
            let mut out = termcolor::Ansi::new(Vec::new());
            let mut plain = termcolor::NoColor::new(Vec::new());
            if color {
                write_human(&mut out, &r, body).unwrap();
            } else {
                write_human(&mut plain, &r, body).unwrap();
            }
            let bytes = if color {
                out.into_inner()
            } else {
                plain.into_inner()
            };
            let s = String::from_utf8(bytes).unwrap();
            // termcolor's own colour codes carry an ESC; nothing from the page does.
            for raw in ["\x1b]", "\x1b[2J", "\x07", "\r", "\u{9b}", "\u{202e}"] {
                assert!(!s.contains(raw), "{raw:?} reached the terminal: {s:?}");
            }
            assert!(s.contains("page\\x1b]0;owned\\x07.html"), "{s}");
            assert!(s.contains("\\u202e"), "{s}");
            assert!(s.contains("\\x0d好\\u009b"), "{s}");
        }
    }

    #[test]
    fn json_line_has_schema_fields() {
        let mut out = Vec::new();
        write_json(&mut out, &report(), Some("x")).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        for key in ["id", "verdict", "score", "title", "chars", "spans", "text"] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["spans"][0]["kind"], "gambling");
        assert_eq!(v["spans"][0]["field"], "body");
        assert_eq!(v["verdict"], "polluted");
        assert!(out.ends_with(b"\n"));
    }
}
