//! Decode: bytes to text, and HTML to the text a reader sees.
//!
//! [`encoding`] picks and applies the character encoding; [`html`] reduces a
//! page to its visible text, title, meta fields and hidden blocks.

pub mod encoding;
pub mod html;

pub use encoding::{decode_bytes, encoding_for_label, DecodedText};
pub use html::{extract_html, ExtractedPage, HiddenBlock, Link};

/// Why bytes could not become a document.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The input is binary, not text.
    #[error("input looks binary, not text ({reason})")]
    Binary {
        /// What gave it away.
        reason: String,
    },
    /// An encoding label the WHATWG Encoding Standard does not know.
    #[error("unknown encoding {label:?} (use a WHATWG label such as utf-8, gbk, gb18030, big5)")]
    UnknownEncoding {
        /// The label as given.
        label: String,
    },
}

/// Whether decoded text is markup or plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    /// HTML or XHTML.
    Html,
    /// Anything else: used as is.
    Text,
}

/// Sniffs HTML by the tags near the start of the text.
pub fn sniff_kind(text: &str) -> ContentKind {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text[..end].to_ascii_lowercase();
    const MARKERS: [&str; 14] = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
        "<div",
        "<p>",
        "<p ",
        "<br",
        "<span",
        "<a href",
        "<table",
        "<script",
    ];
    if MARKERS.iter().any(|m| head.contains(m)) {
        ContentKind::Html
    } else {
        ContentKind::Text
    }
}

/// Turns decoded text into a page: HTML is extracted, plain text is the body.
pub fn extract(text: &str, kind: ContentKind) -> Result<ExtractedPage, DecodeError> {
    match kind {
        ContentKind::Html => extract_html(text),
        ContentKind::Text => Ok(ExtractedPage {
            body: text.to_string(),
            ..ExtractedPage::default()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(sniff_kind("<!DOCTYPE html><html>"), ContentKind::Html);
        assert_eq!(sniff_kind("  <div>新闻</div>"), ContentKind::Html);
        assert_eq!(sniff_kind("新澳门六开彩 a<b 且 c>d"), ContentKind::Text);
        assert_eq!(sniff_kind(""), ContentKind::Text);
    }
}
