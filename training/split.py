"""The article-level train/test split, in one place.

An article is TEST when int(sha256(article_id)) % 10 == 0 (about 10% of the
articles). `generate.py` keeps every sentence of a test article out of
train.csv (as a genuine row and as the carrier of an injected spam row), and
`pages.py` builds its labeled evaluation pages only from test articles.

A sentence can occur in more than one article (bylines, photo credits, the odd
repeated sentence), so "out of train.csv" is by text: a train article's
sentence that is equal to some test article's sentence is dropped from
train.csv too.
"""

from __future__ import annotations

import hashlib

TEST_MODULUS = 10


def is_test_article(article_id: str) -> bool:
    """True when the article belongs to the held-out test split."""
    return int(hashlib.sha256(f"{article_id}".encode("utf-8")).hexdigest(), 16) % TEST_MODULUS == 0


def split_corpus(rows: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Splits (article_id, sentence) rows into (train, test), file order kept.

    Train rows whose sentence text also occurs in a test article are dropped,
    so that no test sentence can reach train.csv.
    """
    test = [(a, s) for a, s in rows if is_test_article(a)]
    test_text = {s for _, s in test}
    train = [(a, s) for a, s in rows if not is_test_article(a) and s not in test_text]
    return train, test
