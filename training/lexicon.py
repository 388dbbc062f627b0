"""Load the gambling lexicon in training/lexicon/ (standard library only).

Files (UTF-8, one entry per line, '#' starts a comment line):
  lottery.txt, casino.txt, sports_betting.txt, brands.txt, cta.txt, places.txt
      terms, one per line, grouped by kind;
  homophones.tsv   variant<TAB>canonical (look-alikes / homophones);
  traditional.tsv  simplified<TAB>traditional, char for char;
  segmenter.dict   jieba user dictionary `word freq tag`, built from the above by
                   `python3 training/lexicon.py --write-dict` (never by hand).
"""

from __future__ import annotations

import os
import sys

LEXICON_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon")
KINDS = ("lottery", "casino", "sports_betting", "brands", "cta", "places")
SEGMENTER_FREQ = 20000
SEGMENTER_TAG = "nz"
SEGMENTER_MAX_CHARS = 8


def _lines(name: str) -> list[str]:
    with open(os.path.join(LEXICON_DIR, name), encoding="utf-8") as f:
        return [l.strip() for l in f.read().splitlines() if l.strip() and not l.startswith("#")]


def load_terms(kind: str) -> list[str]:
    """Terms of one kind, in file order, without duplicates."""
    seen: set[str] = set()
    out: list[str] = []
    for t in _lines(f"{kind}.txt"):
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def load_all_terms() -> dict[str, list[str]]:
    return {k: load_terms(k) for k in KINDS}


def load_pairs(name: str) -> list[tuple[str, str]]:
    out = []
    for l in _lines(name):
        a, b = l.split("\t")
        out.append((a, b))
    return out


def load_homophones() -> list[tuple[str, str]]:
    """(variant, canonical) pairs in file order."""
    return load_pairs("homophones.tsv")


def load_traditional() -> dict[str, str]:
    """simplified char -> traditional char."""
    return {s: t for s, t in load_pairs("traditional.tsv")}


def segmenter_words() -> list[str]:
    """Multi-char terms (<= 8 chars) that the segmenter must keep whole, sorted.

    Latin letters are lower-cased, as the model's normalizer does before
    segmenting; terms containing whitespace cannot be jieba words and are skipped.
    """
    words: set[str] = set()
    for kind in KINDS:
        words.update(load_terms(kind))
    for variant, canonical in load_homophones():
        words.add(variant)
        words.add(canonical)
    out = set()
    for w in words:
        w = w.lower()
        if 2 <= len(w) <= SEGMENTER_MAX_CHARS and not any(c.isspace() for c in w):
            out.add(w)
    return sorted(out)


def segmenter_dict_text() -> str:
    lines = [f"{w} {SEGMENTER_FREQ} {SEGMENTER_TAG}" for w in segmenter_words()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    path = os.path.join(LEXICON_DIR, "segmenter.dict")
    text = segmenter_dict_text()
    if argv[1:] == ["--write-dict"]:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {path}: {text.count(chr(10))} words", file=sys.stderr)
        return 0
    if argv[1:] == ["--check-dict"]:
        with open(path, encoding="utf-8") as f:
            ok = f.read() == text
        print(f"{path}: {'up to date' if ok else 'STALE: run lexicon.py --write-dict'}", file=sys.stderr)
        return 0 if ok else 1
    print("usage: lexicon.py --write-dict | --check-dict", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
