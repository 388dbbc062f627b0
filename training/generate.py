#!/usr/bin/env python3
"""Build the labeled training set for spamscan.

    python3 training/generate.py --corpus CACHE/pd199801.tsv --out DIR --seed 1998 \
        [--spam-ratio 0.4] [--max-genuine M]

Writes
  DIR/train.csv    header `text,label`, labels `genuine` / `spam` (csv module,
                   UTF-8, QUOTE_MINIMAL, `\n` line ends), rows shuffled;
  DIR/meta.tsv     one line per train.csv row, same order: `kind<TAB>detail`
                   (detail: article id for corpus and injected rows, the
                   obfuscations applied, or `-`);
  DIR/phrases.txt  the distinct phrases injected into genuine sentences, exactly
                   as they appear in train.csv (sorted);
and prints counts per label and per kind to stderr.

Only TRAIN articles enter train.csv: split.is_held_out_article() holds out
~20% of the articles (dev and test), whose sentences appear nowhere in train.csv (neither as
genuine rows nor as carriers of injected spam); training/pages.py builds the
evaluation pages from them. Likewise genuine/hard_negatives_test.txt is held
out.

DIR/train.csv and DIR/meta.tsv contain corpus text: never commit them.

Deterministic: the same corpus file, code and seed give byte-identical output.
Each kind draws from its own random.Random(f"{seed}:{kind}") so that changing
one generator leaves the others' output unchanged.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep training/ free of __pycache__

import brand_spam  # noqa: E402
import gaming_news  # noqa: E402
import genuine_everyday  # noqa: E402
import genuine_headlines  # noqa: E402
import genuine_topics  # noqa: E402
import genuine_web  # noqa: E402
import hard_negative_templates  # noqa: E402
import lexicon  # noqa: E402
import spam  # noqa: E402
import split  # noqa: E402

HARD_NEG_TRAIN = os.path.join(HERE, "genuine", "hard_negatives.txt")
HARD_NEG_TEST = os.path.join(HERE, "genuine", "hard_negatives_test.txt")
HARD_NEG_VARIANTS = 3500

# Share of the spam rows per kind. "obfuscated" rows are obfuscated versions
# of freshly generated rows of the other kinds (drawn with OBF_SOURCES).
SPAM_MIX = (
    ("keywords", 0.15),
    ("stuffed", 0.07),
    ("explain", 0.03),
    ("promo", 0.13),
    ("injected", 0.20),
    ("brand", 0.14),
    ("brand_glued", 0.06),
    ("brand_promo", 0.04),
    ("obfuscated", 0.18),
)
OBF_SOURCES = (("keywords", 3), ("stuffed", 1), ("explain", 1), ("promo", 3), ("injected", 4), ("brand", 3), ("brand_glued", 1))

# Genuine news that uses the spam's words without promoting anything
# (gaming_news.py, training side only): (headlines, sentences) per kind.
# Lottery-channel analysis and everyday web headlines get the most: they
# share the most words with the spam.
GAMING_NEWS_COUNTS = {kind: (500, 500) for kind in gaming_news.KINDS} | {
    "lottery_channel": (1500, 800),
    "lottery_official": (600, 600),
    "lottery_winner": (600, 600),
    "sports_odds": (800, 500),
    "web_headline": (1500, 600),
    "web_service": (600, 600),
}
# Everyday headlines and site chrome that share words with brand spam
# (genuine_headlines.py, training side only): (headlines, sentences) per kind.
GENUINE_HEADLINE_COUNTS = {kind: (800, 500) for kind in genuine_headlines.KINDS} | {
    "site_chrome": (1200, 1200),
}
# Share of injected corpus sentences whose phrase is a brand-SEO string.
BRAND_INJECT_SHARE = 0.3


def read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f.read().splitlines() if l.strip() and not l.startswith("#")]


def load_corpus(path: str) -> list[tuple[str, str]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if not line:
                continue
            aid, _, text = line.partition("\t")
            if text:
                rows.append((aid, text))
    return rows


def distinct(rng: random.Random, gen, n: int, seen: set[str], max_tries: int | None = None) -> list[str]:
    """Draw from gen(rng) until n new distinct strings (not in `seen`) are found."""
    out: list[str] = []
    tries = 0
    max_tries = max_tries or n * 40 + 1000
    while len(out) < n and tries < max_tries:
        tries += 1
        s = gen(rng).strip()
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


class SpamMaker:
    def __init__(self, seed: int, corpus: list[tuple[str, str]]):
        self.seed = seed
        self.corpus = corpus

    def title(self, r: random.Random) -> str:
        """A genuine title or first line a brand phrase gets glued to: a short
        train-article sentence (headline-like) or a generated news headline."""
        if r.random() < 0.5:
            for _ in range(20):
                _, s = r.choice(self.corpus)
                if len(s) <= 32:
                    return s
        if r.random() < 0.5:
            return gaming_news.headline(r, r.choice(gaming_news.KINDS))
        return genuine_topics.sentence(r)

    @staticmethod
    def sentences(paragraph: str, r: random.Random) -> str:
        """One or two consecutive sentences of a generated paragraph."""
        parts, cur = [], ""
        for ch in paragraph:
            cur += ch
            if ch in "。！？!?":
                parts.append(cur)
                cur = ""
        if cur.strip():
            parts.append(cur)
        i = r.randrange(len(parts))
        return "".join(parts[i:i + r.randint(1, 2)])

    def site_name(self, r: random.Random) -> str:
        return genuine_web.site(r) + r.choice(("", "", "网", "首页", "官网"))

    def make(self, kind: str, r: random.Random, obfuscate: bool = False) -> tuple[str, str, str | None]:
        """Returns (text, detail, injected_phrase_or_None)."""
        if kind == "injected":
            aid, sentence = r.choice(self.corpus)
            if r.random() < BRAND_INJECT_SHARE:
                phrase = brand_spam.any_phrase(r)[1]
            else:
                phrase = spam.inject_phrase(r)
            detail = aid
            if obfuscate:
                phrase2, names = spam.obfuscate(r, phrase)
                if phrase2 == phrase:
                    return "", "", None
                phrase = phrase2
                detail += "," + "+".join(names)
            before, mid, after = spam.inject(r, sentence, phrase)
            return before + mid + after, detail, phrase.strip()
        if kind == "keywords":
            text = spam.keyword(r)
        elif kind == "stuffed":
            text = spam.stuffed(r, self.site_name)
        elif kind == "explain":
            text = spam.explain_sentence(r)
        elif kind == "promo":
            text = spam.promo(r)
        elif kind == "brand":
            text = brand_spam.any_phrase(r)[1]
        elif kind == "brand_glued":
            text, _ = brand_spam.glued_title(r, self.title(r))
        elif kind == "brand_promo":
            family = r.choices(brand_spam.FAMILIES, weights=brand_spam.FAMILY_WEIGHTS, k=1)[0]
            text = self.sentences(brand_spam.promo_paragraph(r, family), r)
        else:
            raise ValueError(kind)
        detail = "-"
        if obfuscate:
            text2, names = spam.obfuscate(r, text)
            if text2 == text:
                return "", "", None
            text, detail = text2, "+".join(names)
        return text, detail, None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="pd199801.tsv from scripts/fetch-corpus.sh")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--spam-ratio", type=float, default=0.4,
                    help="spam rows = non-corpus genuine rows + R * corpus rows (default 0.4)")
    ap.add_argument("--max-genuine", type=int, default=None,
                    help="use at most M train-article sentences (random sample, file order kept)")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    seed = args.seed
    R = lambda kind: random.Random(f"{seed}:{kind}")  # noqa: E731

    if lexicon.segmenter_dict_text() != open(os.path.join(lexicon.LEXICON_DIR, "segmenter.dict"), encoding="utf-8").read():
        print("warning: lexicon/segmenter.dict is stale; run python3 training/lexicon.py --write-dict", file=sys.stderr)

    full_corpus = load_corpus(args.corpus)
    corpus, test_corpus = split.split_corpus(full_corpus)
    test_sentences = {s for _, s in test_corpus}
    n_dropped_shared = sum(1 for a, s in full_corpus if not split.is_held_out_article(a) and s in test_sentences)
    if args.max_genuine is not None and args.max_genuine < len(corpus):
        idx = sorted(R("max-genuine").sample(range(len(corpus)), args.max_genuine))
        corpus = [corpus[i] for i in idx]
    if not corpus:
        print(f"error: no sentences in {args.corpus}", file=sys.stderr)
        return 1

    rows: list[tuple[str, str, str, str]] = []  # text, label, kind, detail
    genuine_seen: set[str] = set()
    for aid, text in corpus:
        rows.append((text, "genuine", "corpus", aid))
        genuine_seen.add(text)

    # Held-out hard negatives must never be produced for training.
    test_neg = read_lines(HARD_NEG_TEST)
    test_set = set(test_neg)
    train_neg = read_lines(HARD_NEG_TRAIN)
    overlap = test_set.intersection(train_neg)
    if overlap:
        print(f"error: {len(overlap)} sentences are in both hard-negative files", file=sys.stderr)
        return 1
    for text in train_neg:
        if text not in genuine_seen:
            rows.append((text, "genuine", "hard_negative", "-"))
            genuine_seen.add(text)

    # Nothing generated may equal a held-out sentence (hard negative or test article).
    blocked = genuine_seen | test_set | test_sentences
    for text in distinct(R("hard_negative_variant"), hard_negative_templates.generate, HARD_NEG_VARIANTS, blocked):
        rows.append((text, "genuine", "hard_negative_variant", "-"))
        genuine_seen.add(text)

    for module in (genuine_web, genuine_topics, genuine_everyday):
        for kind, gen in module.GENERATORS.items():
            for text in distinct(R(kind), gen, module.DEFAULT_COUNTS[kind], blocked):
                rows.append((text, "genuine", kind, "-"))
                genuine_seen.add(text)

    for module, counts in ((gaming_news, GAMING_NEWS_COUNTS), (genuine_headlines, GENUINE_HEADLINE_COUNTS)):
        name = module.__name__
        for kind, (n_head, n_sent) in counts.items():
            for what, gen, n in (
                ("headline", module.headline, n_head),
                ("sentence", module.sentence, n_sent),
            ):
                draw = lambda r, gen=gen, kind=kind: gen(r, kind)  # noqa: E731
                for text in distinct(R(f"{name}:{kind}:{what}"), draw, n, blocked):
                    rows.append((text, "genuine", name, f"{kind}:{what}"))
                    genuine_seen.add(text)

    n_corpus = len(corpus)
    n_other_genuine = len(rows) - n_corpus
    n_spam = round(n_other_genuine + args.spam_ratio * n_corpus)

    maker = SpamMaker(seed, corpus)
    seen = set(blocked)  # spam never equals a genuine row or a held-out sentence
    phrases: set[str] = set()
    targets = {}
    acc = 0
    for i, (kind, share) in enumerate(SPAM_MIX):
        targets[kind] = n_spam - acc if i == len(SPAM_MIX) - 1 else round(n_spam * share)
        acc += targets[kind]
    src_names = [k for k, _ in OBF_SOURCES]
    src_weights = [w for _, w in OBF_SOURCES]
    for kind, target in targets.items():
        r = R("spam:" + kind)
        made, tries = 0, 0
        while made < target and tries < target * 50 + 1000:
            tries += 1
            if kind == "obfuscated":
                src = r.choices(src_names, weights=src_weights, k=1)[0]
                text, detail, phrase = maker.make(src, r, obfuscate=True)
                detail = f"{src}:{detail}"
            else:
                text, detail, phrase = maker.make(kind, r)
            text = text.strip()
            if not text or text in seen or "\n" in text or "\r" in text:
                continue
            seen.add(text)
            rows.append((text, "spam", kind, detail))
            if phrase:
                phrases.add(phrase)
            made += 1
        if made < target:
            print(f"warning: only {made}/{target} distinct {kind} spam rows", file=sys.stderr)

    R("shuffle").shuffle(rows)

    os.makedirs(args.out, exist_ok=True)
    train_path = os.path.join(args.out, "train.csv")
    with open(train_path + ".tmp", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["text", "label"])
        for text, label, _, _ in rows:
            w.writerow([text, label])
    os.replace(train_path + ".tmp", train_path)
    with open(os.path.join(args.out, "meta.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for _, _, kind, detail in rows:
            f.write(f"{kind}\t{detail}\n")
    with open(os.path.join(args.out, "phrases.txt"), "w", encoding="utf-8", newline="\n") as f:
        for p in sorted(phrases):
            f.write(p + "\n")

    # ------------------------------------------------------------ report
    labels: dict[str, int] = {}
    kinds: dict[tuple[str, str], int] = {}
    obf: dict[str, int] = {}
    for _, label, kind, detail in rows:
        labels[label] = labels.get(label, 0) + 1
        kinds[(label, kind)] = kinds.get((label, kind), 0) + 1
        if kind == "obfuscated" or (kind == "injected" and "," in detail):
            names = detail.split(":", 1)[1].split(",")[-1] if kind == "obfuscated" else detail.split(",")[-1]
            for m in names.split("+"):
                obf[m] = obf.get(m, 0) + 1
    err = sys.stderr
    print(f"wrote {train_path}: {len(rows)} rows", file=err)
    for label in sorted(labels):
        print(f"  {label:8s} {labels[label]:7d}", file=err)
        for (l, kind), n in sorted(kinds.items()):
            if l == label:
                print(f"    {kind:24s} {n:7d}", file=err)
    print("  obfuscations used (a row may have two): " + ", ".join(f"{k}={obf[k]}" for k in sorted(obf)), file=err)
    print(f"  injected phrases: {len(phrases)} distinct -> {os.path.join(args.out, 'phrases.txt')}", file=err)
    print(f"  held-out hard negatives (not in train.csv): {len(test_neg)}", file=err)
    n_test_articles = len({a for a, _ in test_corpus})
    n_train_articles = len({a for a, s in full_corpus if not split.is_held_out_article(a)})
    print(f"  article split: {n_train_articles} train / {n_test_articles} held-out (dev + test) articles; "
          f"{len(test_corpus)} held-out sentences, {n_dropped_shared} train-article sentences "
          f"dropped for equalling a held-out sentence", file=err)
    print(f"  time: {time.monotonic() - t0:.1f}s", file=err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
