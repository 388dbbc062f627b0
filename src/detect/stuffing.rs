//! Keyword stuffing: the page title's words inserted into the body.
//!
//! A stuffed page repeats its `<title>` (a hijacked gambling title, or the
//! article's own headline) as standalone lines between paragraphs and inserts
//! the title's words at random points of the first paragraphs. Genuine news
//! repeats its title words too, so an occurrence alone proves nothing; what
//! gives an insertion away is the seam it leaves. [`find`] compares, at every
//! occurrence of a title substring, how well the text reads with and without
//! it: character-bigram association of genuine text ([`GenuineBigrams`], the
//! genuine-class bigram weights the naive Bayes model already holds) at the
//! seam left after removal against the two seams the occurrence makes, jieba
//! words split by the occurrence (俄罗|斯), and doubled copies. Insertions
//! after a comma or next to a digit leave no seam to read; a whole copy of
//! the headline glued into running text twice or more gives them away
//! instead (a genuine text that quotes its headline makes it a clause of its
//! own). The page is called stuffed only when that evidence, plus repeated
//! standalone copies of a title part, adds up; then the inserted occurrences
//! are flagged. A headline the `<title>` lacks (a hijacked title replaced it)
//! is taken from the body when it stands alone and is glued into the text
//! repeatedly.

use crate::model::{GenuineBigrams, TextPipeline};
use crate::text::normalize::{is_cjk, is_word_char};
use crate::text::NormalizedText;

/// One inserted copy of a title word, in code points of the body as given.
#[derive(Debug, Clone, PartialEq)]
pub struct StuffedSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Confidence in [0, 1].
    pub score: f64,
}

/// Thresholds and weights of [`find`], tuned on generated dev pages.
#[derive(Debug, Clone, PartialEq)]
pub struct StuffingSettings {
    /// Seam evidence (PMI after removal minus PMI of the two seams made) an
    /// occurrence must exceed before it counts as inserted.
    pub seam_threshold: f64,
    /// Cap on one occurrence's seam evidence.
    pub max_seam_evidence: f64,
    /// Evidence of an occurrence that splits a word of the text around it.
    pub split_weight: f64,
    /// Evidence of an occurrence directly repeated (城市城市).
    pub doubled_weight: f64,
    /// Evidence of a title part standing alone on two or more lines.
    pub copy_weight: f64,
    /// Evidence of each whole copy of a headline-like title piece glued into
    /// running text, once there are two or more of the same piece.
    pub inline_copy_weight: f64,
    /// Page evidence at or above which the page counts as stuffed.
    pub page_threshold: f64,
}

impl Default for StuffingSettings {
    fn default() -> Self {
        StuffingSettings {
            seam_threshold: 1.0,
            max_seam_evidence: 4.0,
            split_weight: 3.0,
            doubled_weight: 3.0,
            copy_weight: 10.0,
            inline_copy_weight: 5.0,
            page_threshold: 16.0,
        }
    }
}

/// Skeleton chars a standalone title copy needs to count (shorter parts are
/// section names such as 新闻).
const MIN_COPY_CHARS: usize = 4;
/// Context kept on each side when re-segmenting the text around a removed
/// occurrence.
const SEAM_WINDOW: usize = 12;
/// Skeleton chars of a title piece whose whole copies inside running text
/// count as insertions (shorter ones are topic words a text may repeat).
const INLINE_COPY_CHARS: usize = 5;
/// Longest line taken for a headline the title lacks ([`body_headlines`]).
const MAX_BODY_HEADLINE_CHARS: usize = 40;
/// Most repeated lines tried as headlines the title lacks.
const MAX_BODY_HEADLINES: usize = 4;
/// Most consecutive title parts joined into one piece.
const MAX_JOINED_PARTS: usize = 3;
/// Candidate occurrences from which a title piece counts as the article's
/// topic ([`find_prepared`]): a company or a place an article names again
/// and again.
const TOPIC_OCCURRENCES: usize = 4;

/// Characters that separate a title's parts ("headline_site", "a | b").
fn is_title_separator(c: char) -> bool {
    matches!(
        c,
        '_' | '|'
            | '｜'
            | '-'
            | '—'
            | '–'
            | '·'
            | '•'
            | '»'
            | '«'
            | '<'
            | '>'
            | ':'
            | '：'
            | '/'
            | '\\'
    ) || c.is_whitespace()
}

/// Text reduced to its letters, digits and ideographs (and line breaks, as
/// barriers), with the index of each kept char in the normalized text.
#[derive(Debug, Default)]
pub(crate) struct Skeleton {
    pub(crate) chars: Vec<char>,
    pub(crate) at: Vec<usize>,
}

/// The title cut at its separators, each part as skeleton chars, and which
/// parts name the site ([`site_parts`]). The title is cut before
/// normalization, which would join "市场-青岛" into one run
/// ([`crate::text::desymbol`]).
fn title_parts(pipeline: &TextPipeline, title: &str) -> (Vec<Vec<char>>, Vec<bool>) {
    let skeleton_of = |part: &str| -> Vec<char> {
        pipeline
            .normalize(part)
            .text
            .chars()
            .filter(|&c| is_word_char(c))
            .collect()
    };
    // Parts of the title between marks ("_", "|", "-"); a space-split
    // phrase ("澳 门彩 票图") stays one section.
    let sections: Vec<Vec<Vec<char>>> = title
        .split(|c: char| is_title_separator(c) && !c.is_whitespace())
        .map(|section| {
            section
                .split(char::is_whitespace)
                .map(skeleton_of)
                .filter(|sk| !sk.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|parts| !parts.is_empty())
        .collect();
    let site = site_parts(&sections);
    let mut parts = Vec::new();
    let mut named = Vec::new();
    for (i, section) in sections.into_iter().enumerate() {
        for part in section {
            parts.push(part);
            named.push(site == Some(i));
        }
    }
    (parts, named)
}

/// The section of a title that names the site ("headline_site",
/// "headline|site|section"): its last one of at least [`MIN_COPY_CHARS`], if
/// it has more than one. A site names itself all over its own pages, in
/// running text too.
fn site_parts(sections: &[Vec<Vec<char>>]) -> Option<usize> {
    if sections.len() < 2 {
        return None;
    }
    sections
        .iter()
        .rposition(|s| s.iter().map(Vec::len).sum::<usize>() >= MIN_COPY_CHARS)
}

/// The pieces of a title's parts, and whether each holds a part of the site
/// name: every part of at least two chars, and every run of up to
/// [`MAX_JOINED_PARTS`] consecutive parts joined, since a headline may hold
/// separators of its own ("盗窃：两祸害", "a—b") and a copy of the whole
/// headline should match as one.
fn pieces_of(parts: &[Vec<char>], named: &[bool]) -> (Vec<Vec<char>>, Vec<bool>) {
    let mut out: Vec<Vec<char>> = Vec::new();
    let mut out_named: Vec<bool> = Vec::new();
    for run in 1..=MAX_JOINED_PARTS {
        for (w, n) in parts.windows(run).zip(named.windows(run)) {
            let sk = w.concat();
            let site = n.iter().any(|&x| x);
            if let Some(i) = out.iter().position(|p| *p == sk) {
                out_named[i] |= site;
            } else if sk.len() >= 2 {
                out.push(sk);
                out_named.push(site);
            }
        }
    }
    (out, out_named)
}

/// The title's pieces as skeleton chars ([`title_parts`], [`pieces_of`]).
#[cfg(test)]
pub(crate) fn title_pieces(pipeline: &TextPipeline, title: &str) -> Vec<Vec<char>> {
    let (parts, named) = title_parts(pipeline, title);
    pieces_of(&parts, &named).0
}

/// A body substring that also occurs in a title piece.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Occurrence {
    /// Normalized-body char range.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Skeleton chars matched.
    pub(crate) len: usize,
    /// Which piece.
    pub(crate) piece: usize,
    /// The match is the whole piece.
    pub(crate) whole: bool,
}

/// Maximal matches (at least two skeleton chars, at least one ideograph or
/// three letters) of body skeleton substrings in title pieces.
pub(crate) fn occurrences(body: &Skeleton, pieces: &[Vec<char>]) -> Vec<Occurrence> {
    let n = body.chars.len();
    // Where each title char sits in the pieces: most body chars are in no
    // piece, and those that are are compared only where they match.
    let mut at: rustc_hash::FxHashMap<char, Vec<(usize, usize)>> = Default::default();
    // A bit per char (folded to 16 bits) ahead of the map: most body chars
    // fail on one load.
    let mut maybe = vec![0u64; 1 << 10];
    let bit = |c: char| ((c as u32 & 0xFFFF) as usize >> 6, 1u64 << (c as u32 & 63));
    for (pi, piece) in pieces.iter().enumerate() {
        for (j, &c) in piece.iter().enumerate() {
            at.entry(c).or_default().push((pi, j));
            let (word, mask) = bit(c);
            maybe[word] |= mask;
        }
    }
    let mut out = Vec::new();
    let mut covered_to = 0usize;
    let mut i = 0;
    while i < n {
        let mut best = (0usize, 0usize);
        let c = body.chars[i];
        let (word, mask) = bit(c);
        let starts = if maybe[word] & mask != 0 {
            at.get(&c)
        } else {
            None
        };
        let Some(starts) = starts else {
            i += 1;
            continue;
        };
        for &(pi, j) in starts {
            let piece = &pieces[pi];
            let mut k = 0;
            while i + k < n && j + k < piece.len() && piece[j + k] == body.chars[i + k] {
                k += 1;
            }
            if k > best.0 || (k == best.0 && k == piece.len()) {
                best = (k, pi);
            }
        }
        let (len, pi) = best;
        let text = &body.chars[i..i + len];
        let good = len >= 2 && (text.iter().any(|&c| is_cjk(c)) || len >= 3);
        if good && i + len > covered_to {
            out.push(Occurrence {
                start: body.at[i],
                end: body.at[i + len - 1] + 1,
                len,
                piece: pi,
                whole: len == pieces[pi].len(),
            });
            covered_to = i + len;
        }
        i += 1;
    }
    out
}

/// What one occurrence looks like in its context.
struct Judged {
    occ: Occurrence,
    line: usize,
    /// The whole line is this title part (a standalone copy).
    copy: bool,
    /// A whole headline-like piece glued into running text.
    inline: bool,
    /// Not a copy, and on word boundaries: could have been inserted.
    candidate: bool,
    /// Evidence that the occurrence was inserted into running text.
    evidence: f64,
    /// Of that, what the seam it leaves says ([`StuffingSettings::seam_threshold`]).
    seam: f64,
}

/// Word ranges of `text` by the pipeline's segmenter.
fn word_ranges(pipeline: &TextPipeline, text: &[char]) -> Vec<(usize, usize)> {
    let s: String = text.iter().collect();
    let mut v = Vec::new();
    pipeline
        .segmenter()
        .for_each_word(&s, |w| v.push((w.start, w.end)));
    v
}

/// The lines of a normalized body and its skeleton, from one pass over its
/// chars.
#[derive(Debug, Default)]
struct Layout {
    /// Half-open char ranges of the lines (the `\n` after a line is not in it).
    ranges: Vec<(usize, usize)>,
    /// Word characters of every line.
    words: Vec<usize>,
    /// Whether every line is running text (holds a [`is_sentence_stop`]).
    prose: Vec<bool>,
    /// The body's word characters and line breaks.
    skeleton: Skeleton,
}

impl Layout {
    fn new(chars: &[char]) -> Layout {
        let mut out = Layout::default();
        out.skeleton.chars.reserve(chars.len());
        out.skeleton.at.reserve(chars.len());
        let (mut start, mut words, mut prose) = (0, 0, false);
        for (i, &c) in chars.iter().enumerate() {
            if c == '\n' {
                out.ranges.push((start, i));
                out.words.push(words);
                out.prose.push(prose);
                (start, words, prose) = (i + 1, 0, false);
                // Line breaks stay as barriers: a title never holds one,
                // so no match crosses lines.
                out.skeleton.chars.push(c);
                out.skeleton.at.push(i);
            } else if is_word_char(c) {
                words += 1;
                out.skeleton.chars.push(c);
                out.skeleton.at.push(i);
            } else {
                prose |= is_sentence_stop(c);
            }
        }
        out.ranges.push((start, chars.len()));
        out.words.push(words);
        out.prose.push(prose);
        out
    }

    /// The line holding char `i` (a line break belongs to the line after it).
    fn line_of(&self, i: usize) -> usize {
        self.ranges.partition_point(|&(_, end)| end <= i)
    }
}

/// Punctuation that ends a sentence: a line holding one is running text
/// (shell lines such as "Copyright © 2025 site" hold none).
fn is_sentence_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Whether a line ends like a sentence (a lede or section head that equals
/// a headline does; a pasted copy does not).
fn ends_sentence(line: &[char]) -> bool {
    line.iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|&c| "。！？；…!?;".contains(c))
}

/// Headlines the body stuffs although the title lacks them (a hijacked
/// `<title>` replaced the page's own): a line of
/// [`INLINE_COPY_CHARS`]..=[`MAX_BODY_HEADLINE_CHARS`] skeleton chars, not a
/// sentence, that stands alone on two or more lines and is also glued whole
/// (a word char on either side) into prose lines twice or more. Known pieces
/// and lines that hold or are held by the site's name (`named` pieces) are
/// left out; at most [`MAX_BODY_HEADLINES`] lines are tried.
fn body_headlines(
    chars: &[char],
    lines: &Layout,
    body: &Skeleton,
    known: &[Vec<char>],
    named: &[bool],
) -> Vec<Vec<char>> {
    let holds = |a: &[char], b: &[char]| a.windows(b.len()).any(|w| w == b);
    let mut standalone: rustc_hash::FxHashMap<Vec<char>, usize> = Default::default();
    let mut order: Vec<Vec<char>> = Vec::new();
    for (&(a, b), &n) in lines.ranges.iter().zip(&lines.words) {
        let line = &chars[a..b];
        if !(INLINE_COPY_CHARS..=MAX_BODY_HEADLINE_CHARS).contains(&n) || ends_sentence(line) {
            continue;
        }
        let sk: Vec<char> = line.iter().copied().filter(|&c| is_word_char(c)).collect();
        if !sk.iter().any(|&c| is_cjk(c)) {
            continue;
        }
        let n = standalone.entry(sk.clone()).or_default();
        *n += 1;
        if *n == 2 {
            order.push(sk);
        }
    }
    let mut out = Vec::new();
    for cand in order.into_iter().take(MAX_BODY_HEADLINES) {
        let site = known
            .iter()
            .zip(named)
            .any(|(k, &n)| n && (holds(k, &cand) || holds(&cand, k)));
        if site || known.contains(&cand) {
            continue;
        }
        let m = cand.len();
        let mut inline = 0;
        let mut i = 0;
        while i + m <= body.chars.len() {
            if body.chars[i..i + m] != cand[..] {
                i += 1;
                continue;
            }
            let (start, end) = (body.at[i], body.at[i + m - 1] + 1);
            let left = start.checked_sub(1).map(|j| chars[j]);
            let right = chars.get(end).copied();
            let glued = left.is_some_and(is_word_char) || right.is_some_and(is_word_char);
            if glued && lines.prose[lines.line_of(start)] {
                inline += 1;
            }
            i += m;
        }
        if inline >= 2 {
            out.push(cand);
        }
    }
    out
}

/// The headline of a document that has no `<title>` (plain text, a JSONL
/// record, a page without one): its first line with words, when that line
/// reads like a headline — [`INLINE_COPY_CHARS`]..=[`MAX_BODY_HEADLINE_CHARS`]
/// word characters, not ending like a sentence — and text follows it. A
/// scraped article keeps its headline as its first line, so the stuffing
/// detector can run on text as it does on pages.
pub fn inferred_headline(body: &str) -> Option<&str> {
    let mut lines = body
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().any(is_word_char));
    let first = lines.next()?;
    lines.next()?;
    let chars: Vec<char> = first.chars().collect();
    let words = chars.iter().filter(|&&c| is_word_char(c)).count();
    let fits = (INLINE_COPY_CHARS..=MAX_BODY_HEADLINE_CHARS).contains(&words);
    (fits && !ends_sentence(&chars) && chars.iter().any(|&c| is_cjk(c))).then_some(first)
}

/// Finds the title words stuffed into `body`: spans in code points of `body`
/// as given, in order, empty unless the page as a whole looks stuffed.
/// `title` is the page `<title>`; both are normalized by `pipeline`, so
/// traditional, full-width, space- or zero-width-split copies still match.
pub fn find(
    pipeline: &TextPipeline,
    bigrams: &GenuineBigrams,
    title: &str,
    body: &str,
    settings: &StuffingSettings,
) -> Vec<StuffedSpan> {
    let norm = pipeline.normalize(body);
    let mut words = Vec::new();
    pipeline.segmenter().for_each_word(&norm.text, |w| {
        if w.text.chars().any(is_word_char) {
            words.push((w.start, w.end));
        }
    });
    find_prepared(
        pipeline,
        bigrams,
        title,
        PreparedBody {
            norm: &norm,
            words: &words,
        },
        settings,
    )
}

/// A body already normalized and segmented by the same pipeline, as the
/// span detector has it: lets [`find_prepared`] skip both stages.
#[derive(Debug, Clone, Copy)]
pub struct PreparedBody<'a> {
    /// The body normalized by the pipeline (line breaks kept).
    pub norm: &'a NormalizedText,
    /// Code-point ranges in `norm.text` of its jieba words that hold a
    /// letter, digit or ideograph, in order
    /// ([`TextPipeline::for_each_scored_feature_with_words`]).
    pub words: &'a [(usize, usize)],
}

/// [`find`] on a body the caller already normalized and segmented.
pub fn find_prepared(
    pipeline: &TextPipeline,
    bigrams: &GenuineBigrams,
    title: &str,
    body: PreparedBody<'_>,
    settings: &StuffingSettings,
) -> Vec<StuffedSpan> {
    if body.norm.text.is_empty() {
        return Vec::new();
    }
    let (parts, named) = title_parts(pipeline, title);
    let (mut pieces, named) = pieces_of(&parts, &named);
    let mut chars: Vec<char> = Vec::with_capacity(body.norm.len_chars());
    chars.extend(body.norm.text.chars());
    let chars = &chars[..];
    let layout = Layout::new(chars);
    let (lines, prose, line_words) = (&layout.ranges, &layout.prose, &layout.words);
    let body_skeleton = &layout.skeleton;
    let line_of = |i: usize| layout.line_of(i);
    let from_title = pieces.len();
    pieces.extend(body_headlines(
        chars,
        &layout,
        body_skeleton,
        &pieces,
        &named,
    ));
    if pieces.is_empty() {
        return Vec::new();
    }
    // Pieces that may count as whole copies inside running text: long
    // enough, and not the site's name.
    let headline_like: Vec<bool> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| i >= from_title || (p.len() >= INLINE_COPY_CHARS && !named[i]))
        .collect();
    let occ = occurrences(body_skeleton, &pieces);
    if occ.is_empty() {
        return Vec::new();
    }
    let skel = |a: usize, b: usize| -> Vec<char> {
        chars[a..b]
            .iter()
            .copied()
            .filter(|&c| is_word_char(c))
            .collect()
    };
    // How much better the text reads with the occurrence removed: genuine
    // bigram association at the seam left behind against the two it makes.
    let seam_evidence = |o: &Occurrence, la: usize, lb: usize| -> f64 {
        let left = (o.start > la).then(|| chars[o.start - 1]);
        let right = (o.end < lb).then(|| chars[o.end]);
        let made = [
            left.and_then(|l| bigrams.pmi(l, chars[o.start])),
            right.and_then(|r| bigrams.pmi(chars[o.end - 1], r)),
        ];
        if !made.iter().any(Option::is_some) {
            return 0.0;
        }
        let left_after = left.zip(right).and_then(|(l, r)| bigrams.pmi(l, r));
        let seam_score = f64::from(left_after.unwrap_or(0.0))
            - made.iter().flatten().map(|&x| f64::from(x)).sum::<f64>();
        (seam_score - settings.seam_threshold).clamp(0.0, settings.max_seam_evidence)
    };
    // Occurrences start and end strictly increasing (each is maximal and
    // reaches past the one before), so a doubled token is found by binary
    // search (a page can hold thousands of occurrences of a title word).
    let is_doubled = |k: usize, o: &Occurrence| {
        let next = occ.binary_search_by_key(&o.end, |q| q.start).ok();
        let prev = occ.binary_search_by_key(&o.start, |q| q.end).ok();
        next.into_iter().chain(prev).any(|j| {
            let q = &occ[j];
            j != k && chars[q.start..q.end] == chars[o.start..o.end]
        })
    };
    // The nearest lines with words before and after `line`: is either running text?
    let beside_prose = |line: usize| {
        let has_words = |&i: &usize| line_words[i] > 0;
        let before = (0..line).rev().find(has_words);
        let after = (line + 1..lines.len()).find(has_words);
        before.into_iter().chain(after).any(|i| prose[i])
    };
    let is_copy = |o: &Occurrence, la: usize, lb: usize| {
        if line_words[line_of(o.start)] != o.len {
            return false;
        }
        !ends_sentence(&chars[la..lb]) && skel(la, lb) == skel(o.start, o.end)
    };
    // A whole headline-like piece glued to the text around it, inside a line
    // that holds more: a genuine text that quotes its own headline makes it
    // a sentence or clause of its own.
    let is_inline_copy = |o: &Occurrence, la: usize, lb: usize| {
        let glued_left = o.start > la && is_word_char(chars[o.start - 1]);
        let glued_right = o.end < lb && is_word_char(chars[o.end]);
        o.whole && headline_like[o.piece] && (glued_left || glued_right) && prose[line_of(o.start)]
    };
    // Words are in order and disjoint: only the word holding a point can
    // straddle it. An insertion leaves the words around it whole.
    let words = body.words;
    let straddles = |x: usize| {
        let i = words.partition_point(|&(_, b)| b <= x);
        words.get(i).is_some_and(|&(a, b)| a < x && x < b)
    };
    let aligned = |o: &Occurrence| !straddles(o.start) && !straddles(o.end);
    // Every signal but the word split is cheap: take them all first, with
    // the most the splits could add as the bound. Most genuine pages stop
    // here or after a few splits, before the bound drops under the page
    // threshold; the exact evidence is needed only for a page that passes.
    let mut judged = Vec::with_capacity(occ.len());
    let mut copy_counts: rustc_hash::FxHashMap<usize, usize> = Default::default();
    let mut inline_counts: rustc_hash::FxHashMap<usize, usize> = Default::default();
    let mut splittable = 0usize;
    for (k, o) in occ.iter().enumerate() {
        let line = line_of(o.start);
        let (la, lb) = lines[line];
        // A sentence that happens to equal a headline (a lede, a section
        // head) ends like one; a pasted title copy does not.
        let copy = is_copy(o, la, lb);
        let mut evidence = 0.0;
        let mut seam = 0.0;
        let candidate = !copy && aligned(o);
        // The first standalone copy is the page's own headline; later ones
        // count when pasted among paragraphs, not when listed among other
        // headlines (related news, "previous / next" links).
        if copy && o.len >= MIN_COPY_CHARS {
            let n = copy_counts.entry(o.piece).or_default();
            if *n == 0 || beside_prose(line) {
                *n += 1;
            }
        }
        let inline = !copy && is_inline_copy(o, la, lb);
        if inline {
            *inline_counts.entry(o.piece).or_default() += 1;
        }
        if candidate {
            seam = seam_evidence(o, la, lb);
            evidence += seam;
            if is_doubled(k, o) {
                evidence += settings.doubled_weight;
            }
            splittable += 1;
        }
        judged.push(Judged {
            occ: o.clone(),
            line,
            copy,
            inline,
            candidate,
            evidence,
            seam,
        });
    }
    // A title piece the text keeps returning to is the article's topic: its
    // seams speak for an insertion only when most of its occurrences leave
    // one. Word splits and doubled copies still count, as they break the
    // sentence wherever they are.
    // Occurrences are grouped by the words they match, whichever piece
    // they were matched against.
    let words_of = |j: &Judged| skel(j.occ.start, j.occ.end);
    let mut seamed: rustc_hash::FxHashMap<Vec<char>, (usize, usize)> = Default::default();
    for j in judged.iter().filter(|j| j.candidate) {
        let e = seamed.entry(words_of(j)).or_default();
        e.0 += 1;
        e.1 += (j.seam > 0.0) as usize;
    }
    for j in judged.iter_mut() {
        let topic = seamed
            .get(&words_of(j))
            .is_some_and(|&(n, with_seam)| n >= TOPIC_OCCURRENCES && 2 * with_seam < n);
        if j.seam > 0.0 && topic {
            j.evidence -= j.seam;
            j.seam = 0.0;
        }
    }
    // Whole headline copies count once a piece is glued into running text
    // twice or more.
    let inline_repeated = |piece: usize| inline_counts.get(&piece).is_some_and(|&n| n >= 2);
    for j in judged.iter_mut() {
        if j.inline && inline_repeated(j.occ.piece) {
            j.evidence += settings.inline_copy_weight;
        }
    }
    let copy_evidence = if copy_counts.values().any(|&n| n >= 2) {
        settings.copy_weight
    } else {
        0.0
    };
    let mut bound = judged.iter().map(|j| j.evidence).sum::<f64>()
        + copy_evidence
        + settings.split_weight * splittable as f64;
    for j in judged.iter_mut().filter(|j| j.candidate) {
        if bound < settings.page_threshold {
            return Vec::new();
        }
        // The line without the occurrence, around the seam it leaves.
        let (o, (la, lb)) = (&j.occ, lines[j.line]);
        let wa = o.start.saturating_sub(SEAM_WINDOW).max(la);
        let wb = (o.end + SEAM_WINDOW).min(lb);
        let mut without: Vec<char> = chars[wa..o.start].to_vec();
        let seam = without.len();
        without.extend_from_slice(&chars[o.end..wb]);
        let split = word_ranges(pipeline, &without)
            .iter()
            .any(|&(a, b)| a < seam && seam < b && b - a >= 2);
        if split {
            j.evidence += settings.split_weight;
        } else {
            bound -= settings.split_weight;
        }
    }
    let page = judged.iter().map(|j| j.evidence).sum::<f64>() + copy_evidence;
    if page < settings.page_threshold {
        return Vec::new();
    }
    // Title parts standing alone on two or more lines.
    let repeated = |piece: usize| copy_counts.get(&piece).is_some_and(|&n| n >= 2);
    let score = page / (page + settings.page_threshold);
    // The stuffed region: from the first to the last line with an insertion.
    let inserted_lines = judged.iter().filter(|j| j.evidence > 0.0).map(|j| j.line);
    let first = inserted_lines.clone().min().unwrap_or(usize::MAX);
    let last = inserted_lines.max().unwrap_or(0);
    let mut seen_copy: rustc_hash::FxHashSet<usize> = Default::default();
    let mut out: Vec<StuffedSpan> = Vec::new();
    for j in &judged {
        let flag = if j.copy {
            // The first standalone copy is most likely the page's own h1.
            let later = !seen_copy.insert(j.occ.piece);
            later && repeated(j.occ.piece)
        } else {
            j.evidence > 0.0 || (first <= j.line && j.line <= last && j.occ.len >= 2)
        };
        if !flag {
            continue;
        }
        let (start, end) = body.norm.original_range(j.occ.start, j.occ.end);
        match out.last_mut() {
            Some(prev) if prev.end >= start => prev.end = prev.end.max(end),
            _ => out.push(StuffedSpan { start, end, score }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::features::bigram_key;
    use crate::model::PipelineSettings;

    fn pipeline() -> TextPipeline {
        TextPipeline::new(PipelineSettings::default())
    }

    /// Genuine bigram statistics counted from `text`, as a trained model
    /// would hold them (add-one smoothed probabilities).
    fn bigrams_of(text: &str) -> GenuineBigrams {
        let mut counts: rustc_hash::FxHashMap<u64, f64> = Default::default();
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(2) {
            if is_cjk(w[0]) && is_cjk(w[1]) {
                *counts.entry(bigram_key(w[0], w[1])).or_default() += 1.0;
            }
        }
        let total: f64 = counts.values().sum::<f64>() + counts.len() as f64;
        GenuineBigrams::from_log_probs(
            counts
                .into_iter()
                .map(|(k, n)| (k, ((n + 1.0) / total).ln())),
        )
    }

    const GENUINE: &str =
        "老城区的城市更新工作全面展开。改造方案征求了居民意见，工程预计明年完工。\
        街道干部说，城市更新不是大拆大建，而是让老街坊住得更舒心。\
        去年以来，这座城市先后改造了十二个老旧小区，居民的生活条件明显改善。\
        老街坊们说，城市更新让老街区留住了烟火气。";

    fn texts(body: &str, spans: &[StuffedSpan]) -> Vec<String> {
        let chars: Vec<char> = body.chars().collect();
        spans
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn issue_example_is_flagged() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        let title = "老街坊的城市更新_某市日报";
        let body = "老街坊的城市更新\n本报记者 张三\n\
            老城区的城市更新工作全面展开。改造方案老街坊征求了城市居民意见，城市老街坊工程预计明年完工，居老街坊民老街坊老街坊都很期待。\n\
            老街坊的城市更新\n\
            街道干部说，城市更新不是大拆大建，而是让老街坊住得更舒心。\n\
            老街坊的城市更新\n";
        let spans = find(&p, &lm, title, body, &StuffingSettings::default());
        let found = texts(body, &spans);
        // The h1 (first line) stays; the two pasted copies are flagged.
        assert!(spans.iter().all(|s| s.start >= 8), "{found:?}");
        assert_eq!(
            found.iter().filter(|t| *t == "老街坊的城市更新").count(),
            2,
            "{found:?}"
        );
        // The doubled and word-splitting insertions are flagged.
        assert!(found.iter().any(|t| t == "老街坊老街坊"), "{found:?}");
        assert!(found.iter().any(|t| t == "老街坊"), "{found:?}");
        assert!(spans.iter().all(|s| (0.5..=1.0).contains(&s.score)));
    }

    #[test]
    fn genuine_article_repeating_its_title_words_is_clean() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        let title = "老街坊的城市更新_某市日报";
        let body = format!(
            "某市日报\n首页 > 新闻 > 城市\n老街坊的城市更新\n本报记者 张三\n{}\n\
             城市更新还在继续，老街坊们期待更多变化。\n责任编辑：李四\n某市日报 版权所有",
            GENUINE.replace('。', "。\n")
        );
        let spans = find(&p, &lm, title, &body, &StuffingSettings::default());
        assert!(spans.is_empty(), "{:?}", texts(&body, &spans));
    }

    #[test]
    fn headline_copies_in_link_lists_are_not_pasted_copies() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        let title = "老街坊的城市更新_某市日报";
        let head = "老街坊的城市更新";
        // The page's h1, then its headline again in "related news" and in
        // the previous/next links, each among other headlines.
        let low = StuffingSettings {
            page_threshold: 10.0,
            ..StuffingSettings::default()
        };
        let listed = format!(
            "{head}\n本报记者 张三\n{GENUINE}\n相关新闻\n{head}\n老城区改造方案公布\n\
             上一篇：{head}\n下一篇：城市书房新增十家\n{head}\n市民点赞公交新线路\n"
        );
        // Even with a page threshold the two copies alone would reach.
        let spans = find(&p, &lm, title, &listed, &low);
        assert!(spans.is_empty(), "{:?}", texts(&listed, &spans));
        // Pasted between paragraphs, as in `issue_example_is_flagged`, the
        // same copies count.
    }

    #[test]
    fn a_topic_named_again_and_again_is_not_stuffing() {
        let p = pipeline();
        // Genuine text where 杯狗 is a common pair, 杯城 and 新狗 rare ones.
        let lm = bigrams_of(&format!("{}杯城。新狗。", "杯狗。京城。新年。".repeat(30)));
        let title = "城市更新_某市日报";
        // 城市更新 is what the text is about: named four times where it
        // leaves no seam, once where it does (杯|城市更新|狗).
        let body = "城市更新\n他说，城市更新，很好。她说，城市更新，真好。\n\
            你说，城市更新，不错。我说，城市更新，是的。\n杯城市更新狗。\n";
        let low = StuffingSettings {
            page_threshold: 0.5,
            ..StuffingSettings::default()
        };
        let spans = find(&p, &lm, title, body, &low);
        assert!(spans.is_empty(), "{:?}", texts(body, &spans));
        // The one seamed occurrence alone is an insertion.
        let once = "城市更新\n他说，很好。\n杯城市更新狗。\n";
        let spans = find(&p, &lm, title, once, &low);
        assert_eq!(texts(once, &spans), vec!["城市更新"]);
    }

    #[test]
    fn a_headline_is_inferred_from_the_first_line_of_text() {
        let body = "\n  老街坊的城市更新  \n老城区的城市更新工作全面展开。";
        assert_eq!(inferred_headline(body), Some("老街坊的城市更新"));
        // A sentence, a lone line, a too-long line or Latin text is no headline.
        for body in [
            "老城区的城市更新工作全面展开。\n第二段。",
            "老街坊的城市更新",
            "Breaking news today\n正文。",
            &format!("{}\n正文。", "很长的标题".repeat(9)),
        ] {
            assert_eq!(inferred_headline(body), None, "{body}");
        }
    }

    #[test]
    fn doubled_tokens_form_one_span() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        let title = "城市更新";
        let body = "城市更新\n改造方案征求了城市城市居民意见，城市城市工程预计明年完工。\n城市更新\n城市更新\n";
        let spans = find(&p, &lm, title, body, &StuffingSettings::default());
        let found = texts(body, &spans);
        assert_eq!(
            found.iter().filter(|t| *t == "城市城市").count(),
            2,
            "{found:?}"
        );
    }

    #[test]
    fn obfuscated_copies_match_and_map_back_to_original_offsets() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        // Traditional title; copies split by spaces and zero-width characters.
        let title = "老街坊的城市更新 | 某市日報";
        let body = "老街坊的城市更新\n改造方案老街坊老街坊征求了居民意见。\n老 街 坊 的 城 市 更 新\n老\u{200B}街坊的城市更新\n";
        let spans = find(&p, &lm, title, body, &StuffingSettings::default());
        let found = texts(body, &spans);
        assert!(
            found.contains(&"老 街 坊 的 城 市 更 新".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"老\u{200B}街坊的城市更新".to_string()),
            "{found:?}"
        );
        let n = body.chars().count();
        assert!(spans.windows(2).all(|w| w[0].end < w[1].start));
        assert!(spans.iter().all(|s| s.start < s.end && s.end <= n));
    }

    #[test]
    fn title_splits_into_parts() {
        let p = pipeline();
        let pieces = title_pieces(&p, "舊區改造見成效 - 某市日報_新闻");
        let as_str: Vec<String> = pieces.iter().map(|v| v.iter().collect()).collect();
        assert_eq!(as_str[..3], ["旧区改造见成效", "某市日报", "新闻"]);
        // Runs of consecutive parts are pieces too: a headline with a
        // separator of its own matches whole.
        assert!(as_str.contains(&"旧区改造见成效某市日报".to_string()));
        let pieces = title_pieces(&p, "城市更新：老街坊的新家_某市日报");
        assert!(pieces.contains(&"城市更新老街坊的新家".chars().collect()));
        // The site's name is the last section; a space-split one stays one.
        let (parts, named) = title_parts(&p, "城市更新：老街坊的新家 - 某 市 日 报");
        let site: Vec<String> = parts
            .iter()
            .zip(&named)
            .filter(|&(_, &n)| n)
            .map(|(sk, _)| sk.iter().collect())
            .collect();
        assert_eq!(site, ["某", "市", "日", "报"]);
        assert!(find(
            &p,
            &GenuineBigrams::default(),
            "",
            "正文",
            &StuffingSettings::default()
        )
        .is_empty());
    }

    /// A page whose first paragraphs hold whole copies of its headline.
    const GLUED: &str = "老街坊的新家\n本报记者 张三\n\
        改造方案征求了居民意见，老街坊的新家工程预计明年完工。\
        街道干部说，这次改造老街坊的新家不是大拆大建。\n\
        老街坊的新家\n\
        去年以来，这座城市先后改造了十二个老旧小区。\n";

    #[test]
    fn whole_headline_glued_into_running_text_is_flagged() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        let title = "老街坊的新家_某市日报网";
        let without = StuffingSettings {
            inline_copy_weight: 0.0,
            ..StuffingSettings::default()
        };
        assert!(find(&p, &lm, title, GLUED, &without).is_empty());
        let spans = find(&p, &lm, title, GLUED, &StuffingSettings::default());
        let found = texts(GLUED, &spans);
        // The two glued copies and the pasted line.
        assert_eq!(
            found.iter().filter(|t| *t == "老街坊的新家").count(),
            3,
            "{found:?}"
        );
        // The h1 stays.
        assert!(spans.iter().all(|s| s.start > 6), "{found:?}");
    }

    #[test]
    fn headline_as_its_own_clause_and_site_name_in_text_are_clean() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        let title = "老街坊的新家_某市日报网";
        let body = "某市日报网\n老街坊的新家\n本报记者 张三\n\
            老街坊的新家，是这座城市今年的民生工程。居民说，老街坊的新家让人住得舒心。\n\
            欢迎访问某市日报网站。本文由某市日报网记者采写。\n\
            某市日报网\n";
        let spans = find(&p, &lm, title, body, &StuffingSettings::default());
        assert!(spans.is_empty(), "{:?}", texts(body, &spans));
    }

    #[test]
    fn headline_the_title_lacks_is_found_in_the_body() {
        let p = pipeline();
        let lm = bigrams_of(GENUINE);
        // A hijacked title replaced the page's own headline.
        let title = "六合彩开奖结果_某市日报网";
        let body = format!("{GLUED}老街坊的新家\n");
        let spans = find(&p, &lm, title, &body, &StuffingSettings::default());
        let found = texts(&body, &spans);
        assert_eq!(
            found.iter().filter(|t| *t == "老街坊的新家").count(),
            4,
            "{found:?}"
        );
        // Standing alone twice but never glued into the text: a line the
        // page merely repeats.
        let repeated = "老街坊的新家\n改造方案征求了居民意见。\n老街坊的新家\n";
        assert!(find(&p, &lm, title, repeated, &StuffingSettings::default()).is_empty());
    }

    #[test]
    fn bigram_statistics_prefer_seen_pairs() {
        let lm = bigrams_of(GENUINE);
        let seen = lm.pmi('城', '市').unwrap();
        let unseen = lm.pmi('市', '老').unwrap();
        assert!(seen > unseen, "{seen} {unseen}");
        assert_eq!(lm.pmi('a', '城'), None);
    }
}
