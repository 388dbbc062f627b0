//! Windows: long bodies detected piece by piece, in bounded memory.
//!
//! Detection keeps tables of tens of bytes per character of the text it
//! reads (per-character evidence, offset maps, decoder states, word ranges),
//! so a 64 MiB body took about 30 times its size. A body longer than
//! [`WINDOW_BYTES`] is cut at line breaks into windows of about that size,
//! each detected on its own with the page's title (stuffing compares the
//! title with the body) and the anchors that fall in it; body spans are
//! shifted back to the whole body's offsets. Title, meta and hidden-element
//! spans are taken from the first window only, which is the one that scores
//! those fields. The page score is the best window's.
//!
//! Span decoding already cuts every segment at line breaks, so a window
//! boundary changes little; what it changes is page-wide evidence (a title
//! stuffed thinly over several windows, a link block cut by a window edge).
//! Bodies up to a window — nearly every real page — are detected whole,
//! exactly as [`Detector::detect`] does.

use super::{finish_report, Detector, Document, Field, Report};

/// Body bytes detected at once: at most a few tens of MB of tables.
pub const WINDOW_BYTES: usize = 1 << 20;

/// Byte ranges of `body`'s windows: each ends just after a line break at or
/// before `window` bytes past its start (or at a character boundary when a
/// single line is longer than that).
pub fn window_ranges(body: &str, window: usize) -> Vec<(usize, usize)> {
    let window = window.max(1);
    let mut ranges = Vec::new();
    let mut start = 0;
    while body.len() - start > window {
        let mut end = start + window;
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        let cut = match body[start..end].rfind('\n') {
            Some(p) => start + p + 1,
            None if end > start => end,
            // A window smaller than one character: take the character.
            None => start + body[start..].chars().next().map_or(1, char::len_utf8),
        };
        ranges.push((start, cut));
        start = cut;
    }
    ranges.push((start, body.len()));
    ranges
}

/// Detects `doc` as [`Detector::detect`] does, window by window when its
/// body is longer than [`WINDOW_BYTES`]; see the module doc.
pub fn detect_windowed(detector: &Detector<'_>, doc: &Document) -> Report {
    detect_in_windows(detector, doc, WINDOW_BYTES)
}

/// [`detect_windowed`] with a chosen window size (tests use small ones).
pub fn detect_in_windows(detector: &Detector<'_>, doc: &Document, window: usize) -> Report {
    if doc.body.len() <= window {
        return detector.detect(doc);
    }
    let threshold = detector.settings().threshold;
    let mut spans = Vec::new();
    let mut score = 0.0f64;
    let mut chars_before = 0usize;
    let mut links = doc.links.iter().peekable();
    for (k, (a, b)) in window_ranges(&doc.body, window).into_iter().enumerate() {
        let body = &doc.body[a..b];
        let body_chars = body.chars().count();
        // Anchors wholly inside the window, rebased; one across its edge is dropped.
        let mut window_links = Vec::new();
        while let Some(link) = links.peek() {
            if link.byte_start >= b {
                break;
            }
            if link.byte_start >= a && link.byte_end <= b {
                let mut l = (*link).clone();
                l.byte_start -= a;
                l.byte_end -= a;
                l.start -= chars_before;
                l.end -= chars_before;
                window_links.push(l);
            }
            links.next();
        }
        let first = k == 0;
        let part = Document {
            id: doc.id.clone(),
            body: body.to_string(),
            title: doc.title.clone(),
            meta_description: first.then(|| doc.meta_description.clone()).flatten(),
            meta_keywords: first.then(|| doc.meta_keywords.clone()).flatten(),
            hidden: if first {
                doc.hidden.clone()
            } else {
                Vec::new()
            },
            links: window_links,
        };
        let report = detector.detect(&part);
        score = score.max(report.score);
        for mut span in report.spans {
            if span.field == Field::Body {
                span.start += chars_before;
                span.end += chars_before;
                spans.push(span);
            } else if first {
                spans.push(span);
            }
        }
        chars_before += body_chars;
    }
    finish_report(doc, spans, score, threshold, chars_before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cut_at_line_breaks_and_cover_the_body() {
        let body = "一二三\n四五\n六七八九十\n";
        for window in 1..body.len() + 2 {
            let ranges = window_ranges(body, window);
            assert_eq!(ranges.first().unwrap().0, 0);
            assert_eq!(ranges.last().unwrap().1, body.len());
            for pair in ranges.windows(2) {
                assert_eq!(pair[0].1, pair[1].0);
            }
            for &(a, b) in &ranges {
                assert!(a < b && body.is_char_boundary(a) && body.is_char_boundary(b));
            }
        }
        assert_eq!(
            window_ranges(body, 12),
            vec![(0, 10), (10, 17), (17, 29), (29, 33)]
        );
        assert_eq!(window_ranges("", 4), vec![(0, 0)]);
    }
}
