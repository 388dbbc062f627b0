//! Terminal safety: text that reaches people's terminals.
//!
//! Page text, titles, file names and the error messages that quote them come
//! from strangers. On a terminal, control characters in them act instead of
//! printing: ESC starts CSI and OSC sequences (recolouring, moving the cursor,
//! retitling the window, OSC 52 writing the clipboard), BEL rings, BS and CR
//! overwrite what was printed, C1 controls are 8-bit CSI/OSC on some
//! terminals, and bidi overrides reorder the line so that it reads other than
//! it is. Every human-readable output — the `score` view, the summary, every
//! diagnostic on stderr — goes through [`escape_controls`], which shows them
//! as visible escapes (`\x1b`, `\u202e`). JSON output needs none of this: its
//! strings are already escaped.
//!
//! Diagnostics go through [`diagnostic`], which never fails: a stderr that
//! can't be written (a closed pipe, a full disk) must not panic the program
//! or change its exit status.

use std::borrow::Cow;
use std::io::Write;

/// Whether `c` must not reach a terminal raw: C0 controls (line breaks and
/// tabs too, unless `keep_lines`), DEL, C1 controls, and the bidi marks,
/// embeddings, overrides and isolates.
fn is_unsafe(c: char, keep_lines: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_lines,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        // ALM, LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI.
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            true
        }
        _ => false,
    }
}

fn escape(s: &str, keep_lines: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c, keep_lines)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if !is_unsafe(c, keep_lines) {
            out.push(c);
        } else if (c as u32) < 0x80 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else {
            out.push_str(&format!("\\u{:04x}", c as u32));
        }
    }
    Cow::Owned(out)
}

/// `s` with every control character and bidi control shown as a visible
/// escape (`\x1b`, `\x0a`, `\u202e`): safe to print as one line.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// As [`escape_controls`], but line breaks and tabs stay: for messages of
/// several lines whose layout is ours.
pub fn escape_controls_keep_lines(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// Writes one diagnostic line to stderr, control characters escaped
/// (line breaks kept). Errors writing it are ignored: a diagnostic that can't
/// be shown must not stop the program or change its exit status.
pub fn diagnostic(line: &str) {
    let mut text = escape_controls_keep_lines(line).into_owned();
    text.push('\n');
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// An error and its causes as one line, `outer: inner: …`, each cause said
/// once: a cause whose message the text already ends with (an I/O error
/// that its wrapper quotes) is not repeated.
pub fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(e) = cause {
        let message = e.to_string();
        if !text.ends_with(&message) {
            text.push_str(": ");
            text.push_str(&message);
        }
        cause = e.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible_escapes() {
        let hostile = "a\x1b[31mred\x07\x08\r\u{9b}2J\x1b]52;c;aGk=\x07\u{202e}txt.exe";
        let shown = escape_controls(hostile);
        assert_eq!(
            shown,
            "a\\x1b[31mred\\x07\\x08\\x0d\\u009b2J\\x1b]52;c;aGk=\\x07\\u202etxt.exe"
        );
        assert!(!shown.chars().any(|c| is_unsafe(c, false)));
        assert_eq!(escape_controls("a\nb\tc"), "a\\x0ab\\x09c");
        assert_eq!(escape_controls_keep_lines("a\nb\tc\x1b"), "a\nb\tc\\x1b");
        // Ordinary text, Chinese included, is borrowed untouched.
        assert!(matches!(escape_controls("新澳门 ok"), Cow::Borrowed(_)));
    }

    #[derive(Debug, thiserror::Error)]
    #[error("{path}: {source}")]
    struct Quoting {
        path: String,
        source: std::io::Error,
    }

    #[test]
    fn causes_are_said_once() {
        let io = std::io::Error::from(std::io::ErrorKind::NotFound);
        let said = io.to_string();
        let e = Quoting {
            path: "a.html".into(),
            source: io,
        };
        assert_eq!(error_chain(&e), format!("a.html: {said}"));
        let outer = std::io::Error::other(e);
        assert_eq!(error_chain(&outer), format!("a.html: {said}"));
    }
}
