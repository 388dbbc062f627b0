#!/usr/bin/env python3
"""The Python baseline of scripts/bench.sh: scikit-learn MultinomialNB over
jieba words (no HMM, as spamscan), the usual way this job is done in Python.

Trains on the spamscan training CSV when given (the first --train-rows rows),
else on a few built-in sentences. Then, single-threaded, one of:

* --pages DIR: the same HTML pages end to end, up to --mb megabytes of HTML:
  read, decode (the <meta charset>, else UTF-8), extract the visible text
  with the standard library's html.parser (scripts and styles dropped),
  vectorize, predict_proba;
* --texts FILE: only vectorize + predict_proba, on the page text already
  extracted by `cargo bench --bench stages -- --dump-text` (one
  {"text", "html_bytes"} object per line), up to --mb megabytes of text.

Both only classify whole documents (no spans), so both are favoured over
spamscan; --texts more so. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import re
import sys
import time
from html.parser import HTMLParser

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import jieba  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.naive_bayes import MultinomialNB  # noqa: E402

BUILTIN = [
    ("市政府今天召开会议，部署今年的防汛工作。", "genuine"),
    ("公园新增了健身步道和儿童游乐设施，市民周末可入园游览。", "genuine"),
    ("新澳门六开彩开奖结果，香港马会资料大全，管家婆一码一肖。", "spam"),
    ("2025年正版资料免费公开，今晚必中四肖，官方app下载入口。", "spam"),
]


def words(text: str) -> list[str]:
    return jieba.lcut(text, HMM=False)


META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


class TextExtractor(HTMLParser):
    """Visible text: everything outside <script>, <style> and <head>."""

    SKIP = {"script", "style", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def page_text(raw: bytes) -> str:
    m = META_CHARSET.search(raw[:1024])
    try:
        html = raw.decode(m.group(1).decode() if m else "utf-8", errors="replace")
    except LookupError:
        html = raw.decode("utf-8", errors="replace")
    parser = TextExtractor()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.parts)


def html_files(root: str):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".html"):
                yield os.path.join(dirpath, name)


def main() -> int:
    ap = argparse.ArgumentParser()
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--texts")
    source.add_argument("--pages")
    ap.add_argument("--train")
    ap.add_argument("--train-rows", type=int, default=30000)
    ap.add_argument("--mb", type=float, default=10.0)
    args = ap.parse_args()

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    rows = BUILTIN
    if args.train and os.path.exists(args.train):
        with open(args.train, encoding="utf-8", newline="") as f:
            rows = [(r["text"], r["label"]) for _, r in zip(range(args.train_rows), csv.DictReader(f))]
    vectorizer = CountVectorizer(tokenizer=words, lowercase=False, token_pattern=None)
    x = vectorizer.fit_transform([t for t, _ in rows])
    model = MultinomialNB().fit(x, [label == "spam" for _, label in rows])

    texts, html_bytes, text_bytes = [], 0, 0
    if args.pages:
        start = time.perf_counter()
        for path in html_files(args.pages):
            with open(path, "rb") as f:
                raw = f.read()
            texts.append(page_text(raw))
            html_bytes += len(raw)
            if html_bytes >= args.mb * 1e6:
                break
        text_bytes = sum(len(t.encode("utf-8")) for t in texts)
        scores = model.predict_proba(vectorizer.transform(texts))[:, 1]
        seconds = time.perf_counter() - start
    else:
        with open(args.texts, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                texts.append(doc["text"])
                html_bytes += doc["html_bytes"]
                text_bytes += len(doc["text"].encode("utf-8"))
                if text_bytes >= args.mb * 1e6:
                    break
        start = time.perf_counter()
        scores = model.predict_proba(vectorizer.transform(texts))[:, 1]
        seconds = time.perf_counter() - start
    print(json.dumps({
        "seconds": seconds,
        "docs": len(texts),
        "text_bytes": text_bytes,
        "html_bytes": html_bytes,
        "train_rows": len(rows),
        "flagged": int((scores >= 0.5).sum()),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
