"""The article-level train/dev/test split, in one place.

With h = int(sha256(article_id)), an article is TEST when h % 10 == 0 and DEV
when h % 10 == 1 (about 10% each). `generate.py` keeps every sentence of a
held-out (dev or test) article out of train.csv (as a genuine row and as the
carrier of an injected spam row). `pages.py` builds labeled pages from one
held-out split: detector settings are tuned on dev pages, and the numbers in
the model card come from test pages, which nothing is tuned on.

The held-out hard-negative sentences (genuine/hard_negatives_test.txt) are
split the same way by line: even lines (0-based) serve test pages, odd lines
dev pages (see `split_lines`).

A sentence can occur in more than one article (bylines, photo credits, the odd
repeated sentence), so "out of train.csv" is by text: a train article's
sentence that is equal to some test article's sentence is dropped from
train.csv too.
"""

from __future__ import annotations

import hashlib

TEST_MODULUS = 10
SPLITS = ("test", "dev")


def _bucket(article_id: str) -> int:
    return int(hashlib.sha256(f"{article_id}".encode("utf-8")).hexdigest(), 16) % TEST_MODULUS


def is_test_article(article_id: str) -> bool:
    """True when the article belongs to the held-out test split."""
    return _bucket(article_id) == 0


def is_dev_article(article_id: str) -> bool:
    """True when the article belongs to the held-out dev (tuning) split."""
    return _bucket(article_id) == 1


def is_held_out_article(article_id: str) -> bool:
    """True for dev and test articles: neither is ever trained on."""
    return _bucket(article_id) in (0, 1)


def in_split(article_id: str, name: str) -> bool:
    """True when the article belongs to split `name` ("test" or "dev")."""
    if name not in SPLITS:
        raise ValueError(f"unknown split {name!r} (expected one of {SPLITS})")
    return is_test_article(article_id) if name == "test" else is_dev_article(article_id)


def split_lines(lines: list[str], name: str) -> list[str]:
    """The share of held-out hard-negative lines that serves split `name`."""
    if name not in SPLITS:
        raise ValueError(f"unknown split {name!r} (expected one of {SPLITS})")
    want = 0 if name == "test" else 1
    return [l for i, l in enumerate(lines) if i % 2 == want]


def split_corpus(rows: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Splits (article_id, sentence) rows into (train, held_out), file order kept.

    held_out holds the dev and test articles' rows. Train rows whose sentence
    text also occurs in a held-out article are dropped, so that no dev or test
    sentence can reach train.csv.
    """
    held = [(a, s) for a, s in rows if is_held_out_article(a)]
    held_text = {s for _, s in held}
    train = [(a, s) for a, s in rows if not is_held_out_article(a) and s not in held_text]
    return train, held
