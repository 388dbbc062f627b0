//! HTML: the text a reader sees, plus the parts a reader doesn't.
//!
//! An [`ExtractedPage`] is a page reduced to its visible body text (scripts,
//! styles, comments and the head dropped; block elements on their own lines;
//! entities decoded; whitespace collapsed as a browser would), its `<title>`
//! and meta description/keywords, and the [`HiddenBlock`]s that inline styles
//! hide from readers but not from search engines.
//!
//! The scanner is a single forward pass over the decoded string that knows
//! just enough of HTML tokenization for text extraction: tags and quoted
//! attributes, comments, raw-text elements (`script`, `style`, …) and an
//! element stack with the common implied end tags. It never fails: truncated
//! or broken markup yields the text before the damage. All slicing happens at
//! ASCII delimiters, so it can't split a UTF-8 character.

use super::DecodeError;
use std::borrow::Cow;

/// An element readers don't see (inline `display:none`, `visibility:hidden`,
/// zero font size or opacity, far off-screen position, a zero-size box that
/// clips its overflow, text coloured like its background, or the `hidden`
/// attribute).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiddenBlock {
    /// The element's text, collapsed like the body.
    pub text: String,
    /// Byte offset of the element's start tag in the decoded HTML.
    pub byte_start: usize,
    /// Byte offset just past its end tag (or the end of input if unclosed).
    pub byte_end: usize,
}

/// A page reduced to what detection reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractedPage {
    /// Visible text, one line per block, no empty lines.
    pub body: String,
    /// `<title>` (or `og:title`), collapsed.
    pub title: Option<String>,
    /// `<meta name="description">` (or `og:description`).
    pub meta_description: Option<String>,
    /// `<meta name="keywords">`.
    pub meta_keywords: Option<String>,
    /// Hidden elements, outermost only, in document order.
    pub hidden: Vec<HiddenBlock>,
    /// Visible anchors of the body with text, in document order.
    pub links: Vec<Link>,
}

/// A visible `<a href>` of the body: where it points and where its text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The `href` attribute as written (entities not decoded), trimmed.
    pub href: String,
    /// First code point of the anchor's text in [`ExtractedPage::body`].
    pub start: usize,
    /// One past its last code point (half-open).
    pub end: usize,
    /// The same text as a byte range of the body (UTF-8), so readers can
    /// slice it without walking the body.
    pub byte_start: usize,
    /// One past its last byte.
    pub byte_end: usize,
}

/// Collects text with browser-like whitespace collapsing and line breaks.
#[derive(Debug, Default)]
struct TextSink {
    out: String,
    pending_space: bool,
}

/// Decodes character references: numeric ones as the HTML standard says
/// ([`numeric_reference`]), named ones by html_escape. A named reference
/// never holds `&#`, so cutting the text there splits none.
fn decode_entities(raw: &str) -> Cow<'_, str> {
    if !raw.contains("&#") {
        return html_escape::decode_html_entities(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(p) = rest.find("&#") {
        out.push_str(&html_escape::decode_html_entities(&rest[..p]));
        let after = &rest[p + 2..];
        match numeric_reference(after) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(&html_escape::decode_html_entities(rest));
    Cow::Owned(out)
}

/// The character of a numeric reference whose `&#` was just read, and the
/// bytes it used (digits and an optional `;`); `None` without digits. As in
/// browsers: 0, surrogates and values past U+10FFFF give U+FFFD, and 0x80 to
/// 0x9F are taken as windows-1252 bytes (`&#x9b;` is `›`, U+203A), which is
/// the standard's replacement table (its five unassigned bytes map to
/// themselves in both).
fn numeric_reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let (radix, start) = match b.first() {
        Some(b'x' | b'X') => (16, 1),
        _ => (10, 0),
    };
    let mut value: u32 = 0;
    let mut i = start;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(radix)) {
        value = value.saturating_mul(radix).saturating_add(d);
        i += 1;
    }
    if i == start {
        return None;
    }
    if b.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match value {
        0 => '\u{FFFD}',
        0x80..=0x9F => {
            let byte = [value as u8];
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            text.chars().next().unwrap_or('\u{FFFD}')
        }
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    };
    Some((c, i))
}

impl TextSink {
    fn push(&mut self, raw: &str) {
        let decoded = decode_entities(raw);
        // Whitespace runs collapse to one pending space; the runs between
        // them are copied whole rather than char by char.
        let mut rest: &str = &decoded;
        loop {
            let word = rest.trim_start();
            if word.len() != rest.len() {
                self.pending_space = true;
            }
            if word.is_empty() {
                break;
            }
            let end = word.find(char::is_whitespace).unwrap_or(word.len());
            if self.pending_space && !self.out.is_empty() && !self.out.ends_with('\n') {
                self.out.push(' ');
            }
            self.pending_space = false;
            self.out.push_str(&word[..end]);
            rest = &word[end..];
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn newline(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
        self.pending_space = false;
    }

    fn finish(mut self) -> String {
        while self.out.ends_with('\n') {
            self.out.pop();
        }
        self.out
    }
}

/// Elements whose content is never rendered as text.
fn is_invisible_element(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "select"
            | "textarea"
            | "noembed"
            | "noframes"
            | "datalist"
            | "canvas"
            | "audio"
            | "video"
    )
}

/// Elements whose content the tokenizer reads as raw text up to the end tag.
fn is_raw_text_element(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "textarea"
            | "title"
            | "plaintext"
    )
}

fn is_void_element(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
    )
}

fn is_block_element(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "main"
            | "blockquote"
            | "pre"
            | "hr"
            | "form"
            | "figure"
            | "figcaption"
            | "address"
            | "fieldset"
            | "legend"
            | "details"
            | "summary"
            | "center"
            | "body"
            | "html"
            | "menu"
            | "dir"
            | "option"
    )
}

/// Elements that a new start tag of the same name implicitly closes.
fn closes_itself(name: &str) -> bool {
    matches!(
        name,
        "p" | "li" | "dt" | "dd" | "tr" | "td" | "th" | "option"
    )
}

/// Parses a CSS length like `-9999px`, `0`, `0.0em`; returns the number.
fn css_number(value: &str) -> Option<f64> {
    let v = value.trim().trim_end_matches("!important").trim();
    let end = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(v.len());
    v[..end].parse().ok()
}

/// Decides whether an inline style hides the element from readers.
pub fn style_hides(style: &str) -> bool {
    let style = style.to_ascii_lowercase();
    let mut offscreen_position = false;
    let mut far = false;
    let mut zero_width = false;
    let mut zero_height = false;
    let mut clipped = false;
    let mut color = None;
    let mut background = None;
    for decl in style.split(';') {
        let Some((prop, value)) = decl.split_once(':') else {
            continue;
        };
        let (prop, value) = (
            prop.trim(),
            value.trim().trim_end_matches("!important").trim(),
        );
        match prop {
            "display" if value == "none" => return true,
            "visibility" if value == "hidden" || value == "collapse" => return true,
            "font-size" if css_number(value) == Some(0.0) => return true,
            "opacity" if css_number(value) == Some(0.0) => return true,
            "text-indent" if css_number(value).is_some_and(|n| n <= -500.0) => return true,
            "position" if value == "absolute" || value == "fixed" => offscreen_position = true,
            "width" | "max-width" if css_number(value) == Some(0.0) => zero_width = true,
            "height" | "max-height" if css_number(value) == Some(0.0) => zero_height = true,
            "overflow" if value == "hidden" => clipped = true,
            "color" => color = Some(value.replace(' ', "")),
            "background" | "background-color" => background = Some(value.replace(' ', "")),
            "left" | "top" | "right" | "margin-left" | "margin-top"
                if css_number(value).is_some_and(|n| n <= -500.0) =>
            {
                far = true
            }
            _ => {}
        }
    }
    if (zero_width || zero_height) && clipped {
        return true;
    }
    if color.is_some() && color == background {
        return true;
    }
    far && (offscreen_position || style.contains("margin"))
}

#[derive(Debug)]
struct Frame {
    name: String,
    /// This element or an ancestor is not rendered (script, head, …).
    invisible: bool,
    /// This element starts a hidden block (index into `hidden`).
    hidden_block: Option<usize>,
    /// This element is the body anchor being recorded.
    anchor: bool,
}

/// An anchor being recorded: its href and the body's byte length when it opened.
struct OpenAnchor {
    href: String,
    byte_start: usize,
}

/// Ends the open anchor at the body's current length; keeps it (as a byte
/// range, trimmed of the collapsing's spaces and line breaks) if it has text.
fn close_anchor(
    open: &mut Option<OpenAnchor>,
    body: &TextSink,
    out: &mut Vec<(String, usize, usize)>,
) {
    if let Some(a) = open.take() {
        let text = &body.out[a.byte_start.min(body.out.len())..];
        let trimmed = text.trim_start();
        let start = body.out.len() - trimmed.len();
        let end = start + trimmed.trim_end().len();
        if end > start {
            out.push((a.href, start, end));
        }
    }
}

/// Converts the anchors' byte ranges in `body` to code-point ranges in one
/// forward pass (ranges come in document order, so offsets rarely go back).
fn link_char_ranges(body: &str, ranges: Vec<(String, usize, usize)>) -> Vec<Link> {
    let (mut byte, mut cp) = (0usize, 0usize);
    let mut to_cp = |b: usize| {
        if b < byte {
            (byte, cp) = (0, 0);
        }
        cp += body[byte..b].chars().count();
        byte = b;
        cp
    };
    ranges
        .into_iter()
        .map(|(href, s, e)| {
            let start = to_cp(s);
            let end = to_cp(e);
            Link {
                href,
                start,
                end,
                byte_start: s,
                byte_end: e,
            }
        })
        .collect()
}

/// A parsed start tag.
struct StartTag<'a> {
    name: String,
    attrs: Vec<(String, &'a str)>,
    self_closing: bool,
    /// Byte just past the closing `>` (or the end of input).
    end: usize,
}

impl StartTag<'_> {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
    }
}

fn lower_name(bytes: &[u8], start: usize) -> (String, usize) {
    let mut i = start;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' && bytes[i] != b'/'
    {
        i += 1;
    }
    let name = String::from_utf8_lossy(&bytes[start..i]).to_ascii_lowercase();
    (name, i)
}

/// Parses attributes from `i` (just after the tag name) to the closing `>`.
fn parse_start_tag(html: &str, name: String, mut i: usize) -> StartTag<'_> {
    let b = html.as_bytes();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return StartTag {
                name,
                attrs,
                self_closing: false,
                end: b.len(),
            };
        }
        if b[i] == b'>' {
            return StartTag {
                name,
                attrs,
                self_closing,
                end: i + 1,
            };
        }
        self_closing = false;
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let attr_name = html[start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let quote = b[i];
                let vstart = i + 1;
                let vend = b[vstart..]
                    .iter()
                    .position(|&c| c == quote)
                    .map_or(b.len(), |p| vstart + p);
                value = &html[vstart..vend];
                i = (vend + 1).min(b.len());
            } else {
                let vstart = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = &html[vstart..i];
            }
        }
        if !attr_name.is_empty() {
            attrs.push((attr_name, value));
        }
    }
}

/// Finds the end of a raw-text element: the start of `</name` (ASCII case
/// insensitive) followed by whitespace, `/` or `>`; or the end of input.
fn find_raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut i = from;
    while let Some(p) = html[i..].find("</") {
        let at = i + p;
        let name_start = at + 2;
        let name_end = name_start + name.len();
        if name_end <= b.len()
            && b[name_start..name_end].eq_ignore_ascii_case(name.as_bytes())
            && b.get(name_end)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        {
            return at;
        }
        i = at + 2;
    }
    b.len()
}

/// Index just past the next `>` at or after `from`, or the end of input.
fn skip_past(html: &str, from: usize, needle: &str) -> usize {
    html[from.min(html.len())..]
        .find(needle)
        .map_or(html.len(), |p| from + p + needle.len())
}

fn collapse(raw: &str) -> String {
    let mut sink = TextSink::default();
    sink.push(raw);
    sink.finish()
}

/// Deepest element stack we track; deeper nesting is treated as flat text.
const MAX_DEPTH: usize = 1024;

/// Reduces an HTML document to an [`ExtractedPage`]. Never fails on
/// malformed markup; the `Result` is kept for parsers that can.
pub fn extract_html(html: &str) -> Result<ExtractedPage, DecodeError> {
    let b = html.as_bytes();
    let mut page = ExtractedPage::default();
    let mut body = TextSink::default();
    let mut hidden_sinks: Vec<TextSink> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut og_title = None;
    let mut og_description = None;
    let mut anchor: Option<OpenAnchor> = None;
    let mut anchors: Vec<(String, usize, usize)> = Vec::new();
    let mut i = 0usize;

    // Where text goes now: nowhere (invisible), a hidden block, or the body.
    fn sink_for<'s>(
        stack: &[Frame],
        body: &'s mut TextSink,
        hidden: &'s mut [TextSink],
    ) -> Option<&'s mut TextSink> {
        if stack.last().is_some_and(|f| f.invisible) {
            return None;
        }
        match stack.iter().rev().find_map(|f| f.hidden_block) {
            Some(h) => hidden.get_mut(h),
            None => Some(body),
        }
    }

    while i < b.len() {
        let Some(p) = html[i..].find('<') else {
            if let Some(s) = sink_for(&stack, &mut body, &mut hidden_sinks) {
                s.push(&html[i..]);
            }
            break;
        };
        let lt = i + p;
        if lt > i {
            if let Some(s) = sink_for(&stack, &mut body, &mut hidden_sinks) {
                s.push(&html[i..lt]);
            }
        }
        let next = b.get(lt + 1).copied();
        match next {
            Some(b'!') => {
                i = if html[lt..].starts_with("<!--") {
                    skip_past(html, lt + 4, "-->")
                } else {
                    skip_past(html, lt, ">")
                };
            }
            Some(b'?') => i = skip_past(html, lt, ">"),
            Some(b'/') if b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let (name, after) = lower_name(b, lt + 2);
                i = skip_past(html, after, ">");
                if let Some(pos) = stack.iter().rposition(|f| f.name == name) {
                    while stack.len() > pos {
                        // The closing block's line break goes where its text went.
                        if stack.last().is_some_and(|f| is_block_element(&f.name)) {
                            if let Some(s) = sink_for(&stack, &mut body, &mut hidden_sinks) {
                                s.newline();
                            }
                        }
                        let Some(frame) = stack.pop() else { break };
                        if frame.anchor {
                            close_anchor(&mut anchor, &body, &mut anchors);
                        }
                        if let Some(h) = frame.hidden_block {
                            page.hidden[h].byte_end = i;
                        }
                    }
                } else if name == "br" || name == "p" {
                    // `</br>` and a stray `</p>` act as breaks in browsers.
                    if let Some(s) = sink_for(&stack, &mut body, &mut hidden_sinks) {
                        s.newline();
                    }
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, after) = lower_name(b, lt + 1);
                let tag = parse_start_tag(html, name, after);
                i = tag.end;
                if closes_itself(&tag.name) && stack.last().is_some_and(|f| f.name == tag.name) {
                    stack.pop();
                }
                match tag.name.as_str() {
                    "meta" => {
                        let content = tag.attr("content").map(collapse).filter(|c| !c.is_empty());
                        let key = tag
                            .attr("name")
                            .or(tag.attr("property"))
                            .map(str::to_ascii_lowercase);
                        match (key.as_deref(), content) {
                            (Some("description"), Some(c)) if page.meta_description.is_none() => {
                                page.meta_description = Some(c)
                            }
                            (Some("keywords"), Some(c)) if page.meta_keywords.is_none() => {
                                page.meta_keywords = Some(c)
                            }
                            (Some("og:title"), Some(c)) => og_title = og_title.or(Some(c)),
                            (Some("og:description"), Some(c)) => {
                                og_description = og_description.or(Some(c))
                            }
                            _ => {}
                        }
                    }
                    "title" => {
                        let end = find_raw_text_end(html, i, "title");
                        if page.title.is_none() && stack.iter().all(|f| f.name != "svg") {
                            let t = collapse(&html[i..end]);
                            if !t.is_empty() {
                                page.title = Some(t);
                            }
                        }
                        i = skip_past(html, end, ">");
                        continue;
                    }
                    _ => {}
                }
                let block = is_block_element(&tag.name);
                if block || tag.name == "td" || tag.name == "th" {
                    if let Some(s) = sink_for(&stack, &mut body, &mut hidden_sinks) {
                        if block {
                            s.newline();
                        } else {
                            s.space();
                        }
                    }
                }
                if is_void_element(&tag.name) || tag.self_closing && tag.name != "script" {
                    continue;
                }
                let parent_invisible = stack.last().is_some_and(|f| f.invisible);
                let invisible = parent_invisible || is_invisible_element(&tag.name);
                let inside_hidden = stack.iter().any(|f| f.hidden_block.is_some());
                let hides =
                    tag.attr("hidden").is_some() || tag.attr("style").is_some_and(style_hides);
                let hidden_block = if hides && !inside_hidden && !invisible {
                    page.hidden.push(HiddenBlock {
                        text: String::new(),
                        byte_start: lt,
                        byte_end: html.len(),
                    });
                    hidden_sinks.push(TextSink::default());
                    Some(page.hidden.len() - 1)
                } else {
                    None
                };
                if is_raw_text_element(&tag.name) {
                    let end = find_raw_text_end(html, i, &tag.name);
                    if !invisible {
                        let target = match hidden_block {
                            Some(h) => hidden_sinks.get_mut(h),
                            None => sink_for(&stack, &mut body, &mut hidden_sinks),
                        };
                        if let Some(s) = target {
                            s.push(&html[i..end]);
                        }
                    }
                    i = skip_past(html, end, ">");
                    if let Some(h) = hidden_block {
                        page.hidden[h].byte_end = i;
                    }
                    continue;
                }
                if stack.len() < MAX_DEPTH {
                    // A body anchor: one at a time, a new `<a>` ends the last
                    // one's text as browsers do.
                    let is_anchor =
                        tag.name == "a" && hidden_block.is_none() && !invisible && !inside_hidden;
                    if is_anchor {
                        close_anchor(&mut anchor, &body, &mut anchors);
                        for f in stack.iter_mut() {
                            f.anchor = false;
                        }
                        if let Some(href) = tag.attr("href") {
                            anchor = Some(OpenAnchor {
                                href: href.trim().to_string(),
                                byte_start: body.out.len(),
                            });
                        }
                    }
                    stack.push(Frame {
                        name: tag.name,
                        invisible,
                        hidden_block,
                        anchor: is_anchor && anchor.is_some(),
                    });
                }
            }
            _ => {
                // A `<` that starts no tag is text.
                if let Some(s) = sink_for(&stack, &mut body, &mut hidden_sinks) {
                    s.push("<");
                }
                i = lt + 1;
            }
        }
    }
    close_anchor(&mut anchor, &body, &mut anchors);
    page.body = body.finish();
    page.links = link_char_ranges(&page.body, anchors);
    for (block, sink) in page.hidden.iter_mut().zip(hidden_sinks) {
        block.text = sink.finish();
    }
    page.hidden.retain(|h| !h.text.is_empty());
    page.title = page.title.or(og_title);
    page.meta_description = page.meta_description.or(og_description);
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title> 城市  公园 &amp; 绿地 </title>
<meta name="Description" content="公园改造&nbsp;完工">
<meta name="keywords" content="公园,绿地">
<style>p { color: red }</style>
<script>var s = "<p>不是正文</p>";</script>
</head>
<body>
<!-- 注释里的文字 -->
<div class="nav"><a href="/">首页</a> | <a href="/n">新闻</a></div>
<h1>公园改造完工</h1>
<p>经过十个月的施工，<b>滨江公园</b>改造
工程日前完工&#12290;</p>
<p>新增步道&#x4E09;公里<br>两处亲水平台</p>
<ul><li>第一条<li>第二条</ul>
<table><tr><td>单元一</td><td>单元二</td></tr></table>
<div style="display:none"><a href="http://x">六合彩</a><div>开奖结果</div></div>
<p>结尾 &lt;不是标签&gt; a < b</p>
</body></html>"#;

    #[test]
    fn numeric_references_follow_the_html_standard() {
        let page = extract_html(
            "<p>&#x9b;&#155;&#x80;&#x81;&#X9F &#x41;&#65;x &#0;&#xD800;&#x110000; &#; &#x; &amp;#x9b;</p>",
        )
        .unwrap();
        assert_eq!(
            page.body,
            "\u{203A}\u{203A}\u{20AC}\u{81}\u{178} AAx \u{FFFD}\u{FFFD}\u{FFFD} &#; &#x; &#x9b;"
        );
        // The whole 0x80-0x9F table: the 27 assigned bytes become their
        // windows-1252 characters, the five unassigned stay as they are.
        let unassigned = [0x81, 0x8D, 0x8F, 0x90, 0x9D];
        for v in 0x80u32..=0x9F {
            let got = extract_html(&format!("<p>&#{v};</p>")).unwrap().body;
            let c = got.chars().next().unwrap();
            assert_eq!(got.chars().count(), 1);
            if unassigned.contains(&v) {
                assert_eq!(c as u32, v);
            } else {
                assert!(c as u32 > 0x9F, "&#{v}; gave {c:?}");
            }
        }
        assert_eq!(
            extract_html("<p>&#x8A;&#x9E;&#x99;</p>").unwrap().body,
            "Šž\u{2122}"
        );
    }

    #[test]
    fn visible_text_title_and_meta() {
        let page = extract_html(PAGE).unwrap();
        assert_eq!(
            page.body,
            "首页 | 新闻\n公园改造完工\n经过十个月的施工，滨江公园改造 工程日前完工。\n新增步道三公里\n两处亲水平台\n第一条\n第二条\n单元一 单元二\n结尾 <不是标签> a < b"
        );
        assert_eq!(page.title.as_deref(), Some("城市 公园 & 绿地"));
        assert_eq!(page.meta_description.as_deref(), Some("公园改造 完工"));
        assert_eq!(page.meta_keywords.as_deref(), Some("公园,绿地"));
    }

    #[test]
    fn hidden_blocks_keep_their_byte_range() {
        let page = extract_html(PAGE).unwrap();
        assert_eq!(page.hidden.len(), 1);
        let h = &page.hidden[0];
        assert_eq!(h.text, "六合彩\n开奖结果");
        let raw = &PAGE[h.byte_start..h.byte_end];
        assert!(raw.starts_with("<div style=\"display:none\">"), "{raw}");
        assert!(raw.ends_with("</div></div>"), "{raw}");
        assert!(!page.body.contains("六合彩"));
    }

    #[test]
    fn hiding_styles() {
        for s in [
            "display: none",
            "DISPLAY:NONE !important",
            "visibility:hidden",
            "font-size:0px",
            "position:absolute; left:-9999px",
            "text-indent:-10000px",
            "width:0;height:0;overflow:hidden",
            "height: 0px; overflow: hidden",
            "color:#fff;background-color:#fff",
            "color: white; background: white",
        ] {
            assert!(style_hides(s), "{s}");
        }
        for s in [
            "display:block",
            "font-size:12px",
            "position:absolute; left:10px",
            "color:red",
            "height:0",
            "overflow:hidden;height:200px",
            "color:#fff;background-color:#c00",
        ] {
            assert!(!style_hides(s), "{s}");
        }
        let page = extract_html("<p>看得见</p><span hidden>看不见</span>").unwrap();
        assert_eq!(page.body, "看得见");
        assert_eq!(page.hidden[0].text, "看不见");
    }

    #[test]
    fn og_tags_fill_missing_fields() {
        let page = extract_html(
            r#"<meta property="og:title" content="标题"><meta property="og:description" content="描述">"#,
        )
        .unwrap();
        assert_eq!(page.title.as_deref(), Some("标题"));
        assert_eq!(page.meta_description.as_deref(), Some("描述"));
    }

    #[test]
    fn every_truncation_is_handled() {
        let mut cuts = 0;
        for (i, _) in PAGE.char_indices() {
            let page = extract_html(&PAGE[..i]).unwrap();
            if i > PAGE.find("两处").unwrap() + 20 {
                assert!(page.body.contains("新增步道三公里"), "cut at {i}");
            }
            cuts += 1;
        }
        assert!(cuts > 500);
    }

    #[test]
    fn garbage_never_panics() {
        let mut seed = 0x2545F4914F6CDD1Du64;
        let alphabet: Vec<char> = "<>/!-='\" abcdivpscrt&#;x澳门\n".chars().collect();
        for _ in 0..2000 {
            let len = (seed % 64) as usize;
            let s: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            let _ = extract_html(&s).unwrap();
        }
    }

    #[test]
    fn unclosed_and_stray_tags() {
        let page = extract_html("<div><p>一<p>二</span></div></div><p>三").unwrap();
        assert_eq!(page.body, "一\n二\n三");
        let page = extract_html("<script>never closed 六合彩").unwrap();
        assert_eq!(page.body, "");
    }

    /// The text of each extracted link, sliced from the body by code points.
    fn link_texts(page: &ExtractedPage) -> Vec<(String, String)> {
        page.links
            .iter()
            .map(|l| {
                assert!(
                    l.start < l.end && l.end <= page.body.chars().count(),
                    "{l:?}"
                );
                let text = page
                    .body
                    .chars()
                    .skip(l.start)
                    .take(l.end - l.start)
                    .collect();
                assert_eq!(page.body[l.byte_start..l.byte_end], text);
                (l.href.clone(), text)
            })
            .collect()
    }

    #[test]
    fn links_index_the_body_exactly() {
        let html = concat!(
            "<p>开头 <a href=\" /a \">甲 <b>乙</b>  丙</a>尾</p>",
            "<div>\n  <a href='/b'>\n  &amp;&lt;丁&nbsp;戊&gt;  </a>\n</div>",
            "<a href=/c>行首</a> 中间 <a href=\"http://x.cn/d\"><span><i>嵌套</i></span></a>",
            "<p><a href=\"/e\"> </a><a href=\"/f\"><img src=x></a><a>无链接</a></p>",
            "<p>句子<a href=\"/g\">行尾</a></p><ul><li><a href=\"/h\">条目一</a><li><a href=\"/i\">条目二</a></ul>",
            "<div style=\"display:none\"><a href=\"/hidden\">隐藏</a></div>",
            "<script>var a='<a href=\"/s\">脚本</a>';</script>",
            "<p>未闭合<a href=\"/j\">一<a href=\"/k\">二</p><p>之后</p>",
            "<p><a href=\"/l\">最后未闭合 𠀀字"
        );
        let page = extract_html(html).unwrap();
        let got = link_texts(&page);
        let want: Vec<(String, String)> = [
            ("/a", "甲 乙 丙"),
            ("/b", "&<丁 戊>"),
            ("/c", "行首"),
            ("http://x.cn/d", "嵌套"),
            ("/g", "行尾"),
            ("/h", "条目一"),
            ("/i", "条目二"),
            ("/j", "一"),
            ("/k", "二"),
            ("/l", "最后未闭合 𠀀字"),
        ]
        .iter()
        .map(|(h, t)| (h.to_string(), t.to_string()))
        .collect();
        assert_eq!(got, want, "body: {:?}", page.body);
        assert!(page.body.contains("之后"));
        assert!(!page.body.contains("隐藏"));
    }

    #[test]
    fn links_survive_every_truncation() {
        let html = "<p>友情链接：<a href=\"http://a.cn\">新华网</a> | <a href=\"http://b.cn\"> 人民 网 </a></p><p>完</p>";
        for (i, _) in html.char_indices() {
            let page = extract_html(&html[..i]).unwrap();
            for (_, text) in link_texts(&page) {
                assert_eq!(text, text.trim(), "cut at {i}");
                assert!(!text.is_empty());
            }
        }
        let page = extract_html(html).unwrap();
        assert_eq!(page.links.len(), 2);
        assert_eq!(link_texts(&page)[1].1, "人民 网");
    }
}
