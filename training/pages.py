#!/usr/bin/env python3
"""Labeled HTML evaluation pages with gold polluted spans.

    python3 training/pages.py --corpus CACHE/pd199801.tsv --out FILE.jsonl --seed N \
        [--pages 2000] [--train-dir DIR]

Writes one JSON object per line (UTF-8, ensure_ascii=False):

    {"id": "page-000123", "group": "clean" | "polluted" | "hard_negative",
     "article": "pd199801-01234", "html": "<!DOCTYPE html>…",
     "gold": [{"kind": "inline", "obfuscation": "none"}, …]}

Gold span n (an index into "gold") is marked inside the html text: opened by
the character U+F0000 + 2n and closed by U+F0000 + 2n + 1, exactly around the
polluted text, never around tags and never across an element boundary (a
polluted block of several elements has one gold entry per element text).
Spans are numbered in document order, never nest, and every entry of "gold"
is marked exactly once. Markers also occur in <title>, in <meta content> and
in hidden elements.

Pages are realistic news-site HTML built around ONE test article of the
corpus (split.is_test_article: these sentences are never in train.csv):
  clean          the article in site chrome (genuine_web generators);
  hard_negative  paragraphs mixing genuine/hard_negatives_test.txt, the
                 held-out templates of hard_negative_test_templates.py and
                 the test article's sentences (lottery / Macau / anti-gambling
                 / sports news), title made from a hard-negative sentence;
  polluted       a clean page with 1-6 injections, kinds:
    inline    a gambling phrase inside a sentence at a word-ish boundary
    append    a phrase right after a sentence's final punctuation
    sentence  a whole promo sentence, its own paragraph or between sentences
    template  spam-site shell: gambling site name in logo / title / copyright
              ("Copyright © 2025 Powered by …"), placeholder phone / fax /
              address / admin e-mail lines; one gold span per line
    stuffing  keyword stuffing, one span per inserted copy: a title's words
              inserted 5-20 times into the first paragraphs and copies of the
              title between paragraphs. Half the time the title is a hijacked
              gambling title (also put in <title>, and in the h1 half of the
              time; its words are its lexicon terms), otherwise the article's
              own headline (the genuine <title> and h1 stay unmarked; its
              words are the headline's 2-4 ideograph pieces that the article
              also uses)
    hidden    an element hidden by inline style with gambling links; one
              span per link text
    meta      a gambling phrase only in <title> / meta keywords / description
Obfuscations (field "obfuscation"): none, traditional, fullwidth, split_space,
zero_width, homophone, symbols -- spam.py's obfuscators, one per span; the span
covers the whole obfuscated phrase.

Gambling phrases come from spam.py's generators and recombinations of their
parts, drawn from random.Random(f"{seed}:pages") -- a stream that
generate.py never uses. With --train-dir (generate.py's output directory) the
script reports how many gold span texts occur verbatim in phrases.txt and in
train.csv, and verifies that no genuine page sentence is a train.csv row.

The output contains corpus text: never commit it.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import html
import json
import os
import random
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep training/ free of __pycache__

import genuine_web as gw  # noqa: E402
import hard_negative_test_templates  # noqa: E402
import spam  # noqa: E402
import split  # noqa: E402

HARD_NEG_TEST = os.path.join(HERE, "genuine", "hard_negatives_test.txt")

MARKER_BASE = 0xF0000
MARKER_RE = re.compile("[\U000F0000-\U000FFFFD]")

GROUP_SHARES = (("clean", 0.50), ("hard_negative", 0.15), ("polluted", 0.35))
KINDS = ("inline", "append", "sentence", "template", "stuffing", "hidden", "meta")
# Weights for drawing a polluted page's injections; template, stuffing and
# meta occur at most once per page (they produce several spans each).
KIND_WEIGHTS = (3.0, 2.2, 1.8, 0.7, 0.35, 1.0, 1.0)
ONCE_PER_PAGE = ("template", "stuffing", "meta")
OBFUSCATION_NAMES = ("none", "traditional", "fullwidth", "split_space", "zero_width", "homophone", "symbols")
OBF_SHARE = 0.5  # share of gambling phrases that get an obfuscation
STUFFING_OBF_SHARE = 0.3  # share of stuffing pages whose title (and so every copy) is obfuscated
STUFFING_OWN_HEADLINE_SHARE = 0.5  # share of stuffing pages that stuff the article's own headline
# Obfuscations of an own-headline stuffing: a stuffer wants the copies to still
# match searches for the headline, so only the ones that read the same.
STUFFING_OWN_OBFS = ("traditional", "fullwidth", "split_space", "zero_width")

SENT_END = "。！？；…”’）」』!?;"
HEADLINE_BAD_END = tuple("。！？；…：，、”’")


# ---------------------------------------------------------------- markers


def open_marker(n: int) -> str:
    return chr(MARKER_BASE + 2 * n)


def close_marker(n: int) -> str:
    return chr(MARKER_BASE + 2 * n + 1)


def check_markers(text: str, n_gold: int) -> list[str]:
    """Problems with the markers in `text` (empty when well formed): every span
    0..n_gold-1 opened and closed exactly once, in order, none nested."""
    problems = []
    expect = 0
    inside = None
    for m in MARKER_RE.finditer(text):
        v = ord(m.group()) - MARKER_BASE
        n, closing = v // 2, v % 2 == 1
        if not closing:
            if inside is not None:
                problems.append(f"span {n} opens inside span {inside}")
            if n != expect:
                problems.append(f"span {n} opens where span {expect} was expected")
            inside = n
            expect = n + 1
        else:
            if inside != n:
                problems.append(f"span {n} closes but {inside} is open")
            inside = None
    if inside is not None:
        problems.append(f"span {inside} never closed")
    if expect != n_gold:
        problems.append(f"{expect} spans marked, {n_gold} listed")
    return problems


def gold_texts(text: str) -> list[str]:
    """The text between the markers of each span, markers of other spans removed."""
    out: dict[int, str] = {}
    for m in re.finditer("([\U000F0000-\U000FFFFD])(.*?)([\U000F0000-\U000FFFFD])", text, re.S):
        n = (ord(m.group(1)) - MARKER_BASE) // 2
        out[n] = m.group(2)
    return [out[i] for i in sorted(out)]


def strip_markers(text: str) -> str:
    return MARKER_RE.sub("", text)


def renumber(text: str, gold: list[dict]) -> tuple[str, list[dict]]:
    """Renumbers spans in order of appearance and reorders `gold` to match."""
    order: dict[int, int] = {}
    for m in MARKER_RE.finditer(text):
        v = ord(m.group()) - MARKER_BASE
        if v % 2 == 0 and v // 2 not in order:
            order[v // 2] = len(order)
    missing = [i for i in range(len(gold)) if i not in order]
    if missing:
        raise AssertionError(f"gold spans {missing} were never placed")

    def sub(m: re.Match) -> str:
        v = ord(m.group()) - MARKER_BASE
        return chr(MARKER_BASE + 2 * order[v // 2] + v % 2)

    new_gold = [None] * len(gold)
    for old, new in order.items():
        new_gold[new] = gold[old]
    return MARKER_RE.sub(sub, text), new_gold


# ---------------------------------------------------------------- html pieces


SAVED_SITE = gw.site  # genuine_web's own random site names


class Raw(str):
    """Already-rendered HTML."""


def esc(s: str) -> str:
    return s if isinstance(s, Raw) else html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def has_marker(s: str) -> bool:
    return MARKER_RE.search(s) is not None


# ---------------------------------------------------------------- obfuscation

SPACE_SPLITTERS = (" ", " ", "\u3000", "\u00a0", "  ")
ZW_SPLITTERS = ("\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def _splitter(pool):
    def obf(r: random.Random, s: str) -> str:
        fixed = r.choice(pool)
        mixed = r.random() < 0.3
        return spam._spread(r, s, lambda: r.choice(pool) if mixed else fixed)

    return obf


OBFUSCATORS = {
    "traditional": spam.obf_traditional,
    "fullwidth": spam.obf_fullwidth,
    "split_space": _splitter(SPACE_SPLITTERS),
    "zero_width": _splitter(ZW_SPLITTERS),
    "homophone": spam.obf_homophone,
    "symbols": spam.obf_symbols,
}
OBF_WEIGHTS = {"traditional": 3, "fullwidth": 2, "split_space": 2, "zero_width": 2, "homophone": 2, "symbols": 2}


def obfuscate_one(r: random.Random, s: str) -> tuple[str, str]:
    """One obfuscation that changes `s` (weighted draw, falling back to the
    others), or (s, "none") when none applies."""
    names = list(OBF_WEIGHTS)
    while names:
        m = r.choices(names, weights=[OBF_WEIGHTS[x] for x in names], k=1)[0]
        out = OBFUSCATORS[m](r, s)
        if out != s and out.strip() == out:
            return out, m
        names.remove(m)
    return s, "none"


# ---------------------------------------------------------------- gambling phrases
# Shapes recombine spam.py's parts, so that the pages are not copies of
# train.csv rows (short lexicon-like phrases will still coincide).


def ph_keyword_claim(r):
    return f"{spam.keyword(r)}{r.choice(('，', ' ', ''))}{r.choice(spam.CLAIMS)}"


def ph_pair(r):
    return f"{spam.keyword(r)}{r.choice(('，', ' ', '、', '|', '丨', ''))}{spam.keyword(r)}"


def ph_brand_site(r):
    return f"{spam.brand(r)}{r.choice(('官网', '官方网站', '登录入口', '网址', 'app下载', '', '备用网址'))}{r.choice(('', '：', ' '))}{spam.domain(r)}"


def ph_keyword_cta(r):
    return f"{spam.keyword(r)}{r.choice(('：', '，', ' ', '——'))}{spam.cta_clause(r)}"


def ph_brand_benefit(r):
    return f"{spam.brand(r)}{r.choice(('，', ' ', '：', '！'))}{spam.benefit(r)}"


def ph_question(r):
    tail = r.choice(("点击进入", "认准官网", "请收藏本站", spam.domain(r), "免费查看"))
    return f"{spam.place(r)}{spam.time_part(r)}{r.choice(spam.PRODUCTS)}{r.choice(('在哪看', '哪里查', '怎么查', '去哪找', '哪个网站准'))}？{tail}"


def ph_zodiac(r):
    picks = "".join(r.sample(spam.ZODIAC, r.randint(2, 4)))
    return f"{spam.period(r)}{r.choice(('特码', '特肖', '平特', '主攻', '必中'))}：{picks}{r.choice(('', '', r.choice(spam.CLAIMS)))}"


def ph_game_site(r):
    return f"{r.choice(spam.GAME_MIX)}{r.choice(('平台', '网站', '官网', '在线玩', '真人版'))}{r.choice(('', '推荐', '排名', '大全'))}"


INLINE_SHAPES = (
    (spam.keyword, 5), (ph_keyword_claim, 2), (ph_pair, 1.5), (ph_brand_site, 2), (ph_question, 1),
    (ph_zodiac, 1), (spam.explain_sentence, 1), (ph_game_site, 1), (spam.benefit, 0.7), (spam.cta_clause, 0.7),
)
APPEND_SHAPES = (
    (spam.keyword, 3), (ph_keyword_cta, 2), (ph_brand_site, 2), (ph_brand_benefit, 1.5), (spam.cta_clause, 1.5),
    (ph_keyword_claim, 1.5), (ph_question, 1), (spam.explain_sentence, 1), (spam.inject_phrase, 1),
)
HIDDEN_SHAPES = ((spam.keyword, 5), (ph_brand_site, 1), (ph_game_site, 1), (ph_keyword_claim, 1), (ph_zodiac, 0.5))
META_SHAPES = ((spam.keyword, 4), (ph_keyword_claim, 1.5), (ph_pair, 1), (ph_game_site, 0.6), (ph_question, 0.6))


def draw(r: random.Random, shapes) -> str:
    fns = [f for f, _ in shapes]
    w = [x for _, x in shapes]
    return spam.tidy(r.choices(fns, weights=w, k=1)[0](r).strip())


def promo_sentence(r: random.Random) -> tuple[str, str]:
    """A whole promotion sentence, as (text, final punctuation)."""
    k = r.random()
    if k < 0.4:
        s = spam.promo(r)
    elif k < 0.6:
        s = f"{spam.keyword(r)}，{spam.benefit(r)}，{spam.cta_clause(r)}"
    elif k < 0.75:
        s = f"{r.choice(('想知道', '还在找', '每天都在查'))}{spam.place(r)}{r.choice(spam.PRODUCTS)}？{r.choice(('本站', '这里', '我们'))}{r.choice(('每期', '第一时间', '全天'))}{r.choice(('免费公开', '更新', '直播'))}，{spam.cta_clause(r)}"
    elif k < 0.9:
        s = f"{spam.brand(r)}{r.choice(('携手', '联合', '独家赞助'))}{r.choice(spam.LEAGUES)}，{spam.benefit(r)}，{spam.benefit(r)}"
    else:
        s = spam.explain_sentence(r)
    s = spam.tidy(s.strip())
    if s[-1] in "。！!":
        return s[:-1], s[-1]
    return s, r.choice(("。", "！", "。"))


def template_site_name(r: random.Random) -> str:
    k = r.random()
    if k < 0.45:
        return spam.tidy(f"{spam.brand(r)}{r.choice(('官网', '官方网站', '', '娱乐', '平台', '登录'))}")
    if k < 0.8:
        return spam.tidy(f"{spam.keyword(r)}{r.choice(('网', '论坛', '资料网', '', '官网', '站'))}")
    return spam.tidy(f"{spam.place(r)}{r.choice(('六合彩', '彩票', '资料', '开奖', '马会'))}{r.choice(('网', '论坛', '图库', '资讯网'))}")


# ---------------------------------------------------------------- corpus


def load_corpus(path: str, which: str = "test") -> dict[str, list[str]]:
    """article id -> sentences (file order); articles of split `which` only."""
    arts: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            aid, _, text = line.partition("\t")
            if text and split.in_split(aid, which):
                arts.setdefault(aid, []).append(text)
    return arts


def read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f.read().splitlines() if l.strip() and not l.startswith("#")]


def is_headline(s: str) -> bool:
    return len(s) <= 40 and not s.endswith(HEADLINE_BAD_END) and not s.startswith("（")


def is_caption(s: str) -> bool:
    return s.startswith("（") and s.endswith("）")


PICTURE_NOTE = re.compile(r"（(附)?图片[０-９0-9]*张?）$|（图）$")


def article_parts(sents: list[str]) -> tuple[str | None, str | None, list[str]]:
    """(headline, subtitle, body sentences) of an article."""
    i = 0
    while i < len(sents) and i < 6 and (is_headline(sents[i]) or is_caption(sents[i])):
        i += 1
    titles = [PICTURE_NOTE.sub("", s) for s in sents[:i] if is_headline(s)]
    titles = [t for t in titles if len(t) >= 4]
    head = titles[0] if titles else None
    sub = titles[1] if len(titles) > 1 and len(titles[1]) <= 30 else None
    return head, sub, sents[i:]


def headline_from(s: str) -> str:
    """A headline-like line cut from a sentence."""
    for clause in re.split("[，。；！？：]", s):
        clause = clause.strip("“”‘’《》 ")
        if 8 <= len(clause) <= 30:
            return clause
    return s.rstrip("。！？；…")[:24]


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "cjk"
    if (ch.isascii() and ch.isalnum()) or ("\uff10" <= ch <= "\uff5a" and ch.isalnum()):
        return "alnum"
    return "other"


# Single-character function words: a boundary after them (or before the
# prepositions / conjunctions) rarely splits a word.
AFTER_CHARS = set("的了着地得")
BEFORE_CHARS = set("在和与及或对从向将把被为是并也都又就而但")


def word_boundaries(s: str) -> list[int]:
    """Insertion points strictly inside `s` that look like word boundaries,
    weighted by repetition: after a clause mark (x3), at the edge of a
    digit/Latin run (x2), next to a function character (x1). Between two
    arbitrary ideographs only when there is none of these."""
    n = len(s)
    punct = [i + 1 for i, ch in enumerate(s[:-2]) if ch in "，、：；,;" and i >= 1]
    runs = [i for i in range(1, n - 1) if {_char_class(s[i - 1]), _char_class(s[i])} == {"cjk", "alnum"}]
    func = [i for i in range(2, n - 1)
            if _char_class(s[i - 1]) == "cjk" and _char_class(s[i]) == "cjk"
            and (s[i - 1] in AFTER_CHARS or s[i] in BEFORE_CHARS) and s[i] not in AFTER_CHARS]
    out = punct * 3 + runs * 2 + func
    if out:
        return out
    return [i for i in range(2, n - 2) if _char_class(s[i - 1]) == "cjk" and _char_class(s[i]) == "cjk"]


# ---------------------------------------------------------------- page model


CLASS_POOLS = {
    "wrap": ("wrap", "container", "main", "w1200", "layout", "page", "w980", "main-wrap"),
    "header": ("header", "top", "head", "site-header", "hd", "topbar"),
    "logo": ("logo", "site-logo", "brand", "logo-box"),
    "nav": ("nav", "menu", "navbar", "main-nav", "channel", "nav-list"),
    "crumb": ("crumb", "breadcrumb", "position", "location", "weizhi", "path"),
    "article": ("article", "news-detail", "detail", "left", "con-left", "main-left"),
    "info": ("info", "meta", "source", "article-info", "time-source", "pub-info"),
    "content": ("content", "article-content", "TRS_Editor", "text", "detail-body", "news_txt", "art_con", "zoom"),
    "side": ("side", "sidebar", "right", "aside", "con-right"),
    "footer": ("footer", "foot", "bottom", "site-footer", "ft", "copyright"),
}


class Page:
    def __init__(self, r: random.Random, pid: str, group: str, aid: str):
        self.r = r
        self.id = pid
        self.group = group
        self.article = aid
        self.gold: list[dict] = []
        self.site = gw.site(r)
        self.site_label = self.site  # what the header logo shows (may be marked)
        self.section = r.choice(list(gw.SECTIONS))
        self.headline = ""
        self.subtitle: str | None = None
        self.h1: str | None = None  # None: the headline
        self.title_main: list[str] = []  # pieces, may hold markers
        self.title_site: str | None = None
        self.title_sep = r.choice(("_", " - ", "-", "|", " | ", "——", "_"))
        self.keywords: list[str] = []
        self.description = ""
        self.paragraphs: list[list[str]] = []  # each a list of segments: plain text (str) or Raw html
        self.shell_lines: list[str] = []  # template kind
        self.hidden: dict[str, list[str]] = {}  # position -> rendered blocks
        self.sentences_used: list[str] = []
        self.cls = {k: r.choice(v) for k, v in CLASS_POOLS.items()}

    def mark(self, text: str, kind: str, obf: str = "none") -> str:
        text = text.strip()
        assert text and not has_marker(text)
        n = len(self.gold)
        self.gold.append({"kind": kind, "obfuscation": obf})
        return open_marker(n) + text + close_marker(n)

    def gambling(self, text: str, kind: str, affix: tuple[str, str] = ("", "")) -> str:
        """Marks a gambling phrase, obfuscated with probability OBF_SHARE; the
        affixes (brackets, final punctuation) go inside the span unobfuscated."""
        obf = "none"
        if self.r.random() < OBF_SHARE:
            text, obf = obfuscate_one(self.r, text)
        return self.mark(affix[0] + text + affix[1], kind, obf)

    # ------------------------------------------------------------ body

    def group_paragraphs(self, sents: list[str], n_par: int) -> list[list[str]]:
        """Splits consecutive sentences into n_par (<= len(sents)) paragraphs."""
        cuts = sorted(self.r.sample(range(1, len(sents)), n_par - 1)) if n_par > 1 else []
        bounds = [0] + cuts + [len(sents)]
        return [[s for s in sents[a:b]] for a, b in zip(bounds, bounds[1:])]

    def text_segments(self, first_paragraphs: int | None = None, min_len: int = 6):
        """(paragraph, segment) indices of unmarked text segments."""
        out = []
        pars = self.paragraphs if first_paragraphs is None else self.paragraphs[:first_paragraphs]
        for pi, par in enumerate(pars):
            for si, seg in enumerate(par):
                if not isinstance(seg, Raw) and not has_marker(seg) and len(seg) >= min_len:
                    out.append((pi, si))
        return out

    def insertion_point(self, segs: list[tuple[int, int]]) -> tuple[int, int, int] | None:
        """A random (paragraph, segment, offset) word-ish boundary among `segs`."""
        segs = list(segs)
        while segs:
            pi, si = segs.pop(self.r.randrange(len(segs)))
            cands = word_boundaries(self.paragraphs[pi][si])
            if cands:
                return pi, si, self.r.choice(cands)
        return None

    def insert_at(self, at: tuple[int, int, int], new_seg: str) -> None:
        pi, si, i = at
        seg = self.paragraphs[pi][si]
        self.paragraphs[pi][si : si + 1] = [seg[:i], new_seg, seg[i:]]


# ---------------------------------------------------------------- injections


def inj_inline(p: Page) -> bool:
    r = p.r
    at = p.insertion_point(p.text_segments(min_len=8))
    if at is None:
        return False
    phrase = draw(r, INLINE_SHAPES)
    wrap = r.choice((("", ""),) * 6 + (("【", "】"), ("（", "）"), ("[", "]"), ("“", "”")))
    glue_l, glue_r = r.choice((("", ""),) * 5 + ((" ", " "), ("", "，")))
    p.insert_at(at, glue_l + p.gambling(phrase, "inline", wrap) + glue_r)
    return True


def next_is_marked(p: Page, pi: int, si: int) -> bool:
    """Whether the segment after (pi, si) in its paragraph holds a gold span
    (an injection there would touch it)."""
    par = p.paragraphs[pi]
    return si + 1 < len(par) and has_marker(par[si + 1])


def inj_append(p: Page) -> bool:
    r = p.r
    segs = [(pi, si) for pi, si in p.text_segments()
            if p.paragraphs[pi][si][-1] in SENT_END and not next_is_marked(p, pi, si)]
    if not segs:
        return False
    pi, si = r.choice(segs)
    phrase = draw(r, APPEND_SHAPES)
    o, c = r.choice((("", ""),) * 5 + (("【", "】"), ("（", "）"), ("[", "]")))
    if not c and r.random() < 0.3 and phrase[-1] not in "。！!":
        c = r.choice(("。", "！"))
    glue = r.choice(("", "", " "))
    p.paragraphs[pi].insert(si + 1, glue + p.gambling(phrase, "append", (o, c)))
    return True


def inj_sentence(p: Page) -> bool:
    r = p.r
    body, end = promo_sentence(r)
    marked = p.gambling(body, "sentence", ("", end))
    if r.random() < 0.55:
        p.paragraphs.insert(r.randint(0, len(p.paragraphs)), [marked])
        return True
    spots = [(pi, si) for pi, par in enumerate(p.paragraphs) for si, seg in enumerate(par)
             if not isinstance(seg, Raw) and seg and seg[-1] in SENT_END and si + 1 < len(par)
             and not has_marker(seg) and not next_is_marked(p, pi, si)]
    if spots:
        pi, si = r.choice(spots)
    else:
        pi = r.randrange(len(p.paragraphs))
        si = len(p.paragraphs[pi]) - 1
    p.paragraphs[pi].insert(si + 1, marked)
    return True


PLACEHOLDER_WORDS = ("地址", "这里是地址", "您的地址", "某某", "xxxx", "XX路XX号", "测试", "地址信息")
ADMIN_MAILS = ("admin@admin.com", "admin@qq.com", "admin@163.com", "123456@qq.com", "admin@example.com", "service@admin.com", "admin@126.com")


def inj_template(p: Page) -> bool:
    r = p.r
    name = template_site_name(r)
    obf = "none"
    if r.random() < OBF_SHARE:
        name, obf = obfuscate_one(r, name)
    y = r.randint(2019, 2026)
    p.site_label = p.mark(name, "template", obf)
    if r.random() < 0.85:
        p.title_site = p.mark(name, "template", obf)
    lines = []
    copy = r.choice((
        f"Copyright © {y} Powered by {name}",
        f"Copyright © {y} {name} All Rights Reserved",
        f"Copyright © {y}-{y + 1} {name} 版权所有",
        f"版权所有：{name}　技术支持：{name}",
        f"© {y} {name} Powered by {name}",
    ))
    lines.append((copy, obf))
    zeros = lambda: r.choice(("000-00000000", "0000-0000000", "400-000-0000", "13800000000", "00000000", "000-0000-0000"))  # noqa: E731
    extra = [
        (f"{r.choice(('电话', '联系电话', '热线', '客服热线', '服务热线', 'Tel'))}：{zeros()}", "none"),
        (f"{r.choice(('传真', 'Fax'))}：{zeros()}", "none"),
        (f"{r.choice(('地址', '公司地址', '联系地址'))}：{r.choice(PLACEHOLDER_WORDS) * r.randint(2, 4)}", "none"),
        (f"{r.choice(('邮箱', 'E-mail', 'Email', '电子邮箱'))}：{r.choice(ADMIN_MAILS)}", "none"),
        (f"{r.choice(('QQ', '客服QQ'))}：{r.choice(('123456789', '88888888', '10000', '000000'))}", "none"),
        (f"ICP备{r.choice(('00000000', '12345678', 'xxxxxxxx'))}号", "none"),
        (f"{r.choice(('手机', '手机号'))}：{r.choice(('13800000000', '13888888888', '18888888888'))}", "none"),
    ]
    picked = [extra[0]] if r.random() < 0.85 else []
    picked += r.sample(extra[1:], r.randint(1, 4))
    r.shuffle(picked)
    lines += picked
    if r.random() < 0.5:
        lines.reverse()
    for text, o in lines:
        p.shell_lines.append(p.mark(text, "template", o))
    return True


def stuffing_title(r: random.Random) -> str:
    k = r.random()
    if k < 0.6:
        return spam.keyword(r)
    if k < 0.85:
        return f"{spam.keyword(r)}{r.choice(('', ' ', '，'))}{r.choice(spam.CLAIMS)}"
    return f"{spam.place(r)}{r.choice(spam.PRODUCTS)}{r.choice(spam.PRODUCTS)}"


def headline_terms(headline: str, text: str) -> list[str]:
    """The words a keyword stuffer would cut from a genuine headline, without
    a segmenter: greedy longest-first (4, 3, 2) all-ideograph pieces of the
    headline that the article's text also contains, in headline order."""
    out: list[str] = []
    i = 0
    while i < len(headline) - 1:
        for n in (4, 3, 2):
            piece = headline[i : i + n]
            if len(piece) == n and all(_char_class(c) == "cjk" for c in piece) and piece in text:
                if piece not in out:
                    out.append(piece)
                i += n
                break
        else:
            i += 1
    return out


def inj_stuffing(p: Page) -> bool:
    r = p.r
    own = None
    if r.random() < STUFFING_OWN_HEADLINE_SHARE and not has_marker(p.headline):
        terms = headline_terms(p.headline, "".join(p.sentences_used))
        if terms:
            own = terms
    if own is not None:
        title = p.headline.strip()
        words = own
        obf_name = r.choice(STUFFING_OWN_OBFS) if r.random() < STUFFING_OBF_SHARE else None
    else:
        title = spam.tidy(stuffing_title(r).strip())
        words = sorted({title[a:b] for a, b in spam.find_terms(title) if b - a >= 2})
        obf_name = r.choices(list(OBF_WEIGHTS), weights=list(OBF_WEIGHTS.values()), k=1)[0] if r.random() < STUFFING_OBF_SHARE else None

    def mark(t: str) -> str:
        """Marks one copy, obfuscated like the page's other copies."""
        if obf_name:
            t2 = OBFUSCATORS[obf_name](r, t)
            if t2 != t and t2.strip() == t2:
                return p.mark(t2, "stuffing", obf_name)
        return p.mark(t, "stuffing")

    if own is not None:
        pass  # the genuine <title> and h1 already carry the headline
    elif any(has_marker(x) for x in p.title_main):  # keep a meta phrase already there
        p.title_main = [mark(title), p.title_sep] + p.title_main
    else:
        p.title_main = [mark(title)] + ([p.title_sep, p.headline] if r.random() < 0.3 else [])
    if own is None and r.random() < 0.5:
        p.h1 = mark(title)
    first = min(len(p.paragraphs), r.randint(1, 3))
    n_tokens = r.randint(5, 20)
    done = 0
    while done < n_tokens:
        at = p.insertion_point(p.text_segments(first_paragraphs=first, min_len=4))
        if at is None:
            if first >= len(p.paragraphs):
                break
            first += 1
            continue
        tok = r.choice(words) if words and r.random() < 0.7 else title
        m = mark(tok)
        w = r.random()
        if w < 0.25:
            m = Raw(f"<strong>{esc(m)}</strong>")
        elif w < 0.35:
            m = Raw(f'<a href="/tag/{r.randint(100, 99999)}.html">{esc(m)}</a>')
        p.insert_at(at, m)
        done += 1
    for _ in range(r.randint(1, 3)):
        m = mark(title)
        seg = r.choice((m, Raw(f"<strong>{esc(m)}</strong>"), Raw(f"<b>{esc(m)}</b>")))
        p.paragraphs.insert(r.randint(1, len(p.paragraphs)), [seg])
    return True


HIDE_STYLES = (
    "display:none", "display: none;", "visibility:hidden", "visibility: hidden;",
    "position:absolute;left:-9999px;top:-9999px", "position:absolute; top:-8888px; left:-8888px;",
    "position:absolute;left:-6000px", "font-size:0", "font-size:0px;line-height:0;", "font-size: 0;",
)


def inj_hidden(p: Page) -> bool:
    r = p.r
    links = []
    for _ in range(r.randint(2, 8)):
        d = spam.domain(r)
        href = d if d.startswith("http") else "https://" + d
        links.append(f'<a href="{attr(href)}/" target="_blank">{esc(p.gambling(draw(r, HIDDEN_SHAPES), "hidden"))}</a>')
    k = r.randrange(4)
    if k == 0:
        inner = "<ul>" + "".join(f"<li>{a}</li>" for a in links) + "</ul>"
    elif k == 1:
        inner = "<br>".join(links)
    else:
        inner = r.choice((" ", " | ", "\n", "&nbsp;")).join(links)
    if r.random() < 0.3:
        inner = esc(r.choice(("友情链接：", "相关链接：", "热门推荐："))) + inner
    tag = "div" if k == 0 else r.choice(("div", "div", "div", "p", "span"))
    block = f'<{tag} style="{r.choice(HIDE_STYLES)}">{inner}</{tag}>'
    p.hidden.setdefault(r.choice(("top", "content_end", "footer", "end")), []).append(block)
    return True


def inj_meta(p: Page) -> bool:
    r = p.r
    where = [w for w in ("title", "keywords", "description") if r.random() < 0.55] or [r.choice(("title", "keywords", "description"))]
    if "title" in where:
        m = p.gambling(draw(r, META_SHAPES), "meta")
        k = r.randrange(3)
        if k == 2 and any(has_marker(x) for x in p.title_main):
            k = 0
        if k == 0:
            p.title_main = [m, p.title_sep] + p.title_main
        elif k == 1:
            p.title_main = p.title_main + [p.title_sep, m]
        else:
            p.title_main = [m]
    if "keywords" in where:
        new = [p.gambling(draw(r, META_SHAPES), "meta") for _ in range(r.randint(1, 3))]
        kw = p.keywords + new
        r.shuffle(kw)
        p.keywords = kw
    if "description" in where:
        m = p.gambling(draw(r, META_SHAPES) if r.random() < 0.5 else "".join(promo_sentence(r)), "meta")
        p.description = m if r.random() < 0.5 else m + "，" + p.description
    return True


INJECTORS = {
    "inline": inj_inline,
    "append": inj_append,
    "sentence": inj_sentence,
    "template": inj_template,
    "stuffing": inj_stuffing,
    "hidden": inj_hidden,
    "meta": inj_meta,
}


# ---------------------------------------------------------------- rendering

CSS_RULES = (
    "body{{margin:0;font-family:\"Microsoft YaHei\",SimSun,sans-serif;font-size:14px;color:#333}}",
    "a{{color:#333;text-decoration:none}}a:hover{{color:#c00}}",
    ".{wrap}{{width:1200px;margin:0 auto}}",
    ".{header}{{height:90px;background:#{c1}}}",
    ".{nav} li{{float:left;padding:0 12px;line-height:40px}}",
    ".{content} p{{text-indent:2em;line-height:1.9;margin:0 0 16px}}",
    ".{footer}{{text-align:center;color:#999;padding:20px 0;border-top:2px solid #{c2}}}",
    ".{crumb}{{color:#666;padding:8px 0}}",
    "h1{{font-size:26px;text-align:center;margin:20px 0 10px}}",
    ".{side}{{float:right;width:300px}}",
    ".{info}{{color:#999;text-align:center;border-bottom:1px dashed #ddd;padding-bottom:10px}}",
)


def css(p: Page) -> str:
    r = p.r
    c1 = "".join(r.choice("0123456789abcdef") for _ in range(6))
    c2 = "".join(r.choice("0123456789abcdef") for _ in range(6))
    rules = r.sample(CSS_RULES, r.randint(4, len(CSS_RULES)))
    return "\n".join(x.format(c1=c1, c2=c2, **p.cls) for x in rules)


def script(p: Page) -> str:
    r = p.r
    hexid = "".join(r.choice("0123456789abcdef") for _ in range(32))
    k = r.randrange(4)
    if k == 0:
        return f'var _stat = _stat || [];(function(){{var s=document.createElement("script");s.src="//stat.{gw.domain(r)}/s.js?{hexid}";document.head.appendChild(s);}})();'
    if k == 1:
        return f'window.pageConfig = {{channel: "{p.section}", articleId: "{r.randint(100000, 9999999)}", shareEnabled: true}};'
    if k == 2:
        return 'function setFontSize(n){document.getElementById("content").style.fontSize=n+"px";}'
    return f'document.addEventListener("DOMContentLoaded",function(){{var t=document.getElementById("pubtime");if(t){{t.title="{gw.date(r, True)}";}}}});'


def nav_items(p: Page) -> list[str]:
    r = p.r
    pool = list(gw.SECTIONS) + gw.NAV_EXTRA[1:]
    items = ["首页"] + r.sample(pool, r.randint(5, 12))
    if p.group == "hard_negative" and "彩票" not in items:
        items.insert(r.randint(1, len(items)), "彩票")
    return items


def render_nav(p: Page) -> str:
    r = p.r
    items = nav_items(p)
    hrefs = [f"/{gw.PINYIN[i % len(gw.PINYIN)]}/" for i in range(len(items))]
    k = r.randrange(3)
    if k == 0:
        return f'<div class="{p.cls["nav"]}"><ul>' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in zip(items, hrefs)) + "</ul></div>"
    if k == 1:
        sep = r.choice((" | ", "　", " "))
        return f'<div class="{p.cls["nav"]}">' + esc(sep).join(f'<a href="{h}">{esc(t)}</a>' for t, h in zip(items, hrefs)) + "</div>"
    return f'<nav class="{p.cls["nav"]}">' + "".join(f'<a href="{h}">{esc(t)}</a>' for t, h in zip(items, hrefs)) + "</nav>"


def render_paragraphs(p: Page, style: str) -> str:
    r = p.r
    pars = ["".join(esc(s) for s in par) for par in p.paragraphs]
    if style == "br":
        indent = r.choice(("　　", "&nbsp;&nbsp;&nbsp;&nbsp;", ""))
        return (r.choice(("<br><br>\n", "<br />\n", "<br/><br/>\n"))).join(indent + x for x in pars)
    if style == "p_indent":
        return "\n".join(f'<p style="text-indent:2em;">{x}</p>' for x in pars)
    if style == "p_span":
        fs = r.choice(("14px", "16px", "12pt", "15px"))
        return "\n".join(f'<p><span style="font-family:宋体;font-size:{fs};">{x}</span></p>' for x in pars)
    if style == "div":
        return "\n".join(f'<div class="para">{x}</div>' for x in pars)
    if style == "p_font":
        return "\n".join(f'<p><font face="宋体" size="3">{x}</font></p>' for x in pars)
    return "\n".join(f"<p>{x}</p>" for x in pars)


@contextlib.contextmanager
def own_site(p: Page):
    """Makes genuine_web's chrome generators name this page's site."""
    saved = gw.site
    gw.site = lambda r: p.site
    try:
        yield
    finally:
        gw.site = saved


def friend_links(r: random.Random) -> str:
    """Friendly links name other sites, not this one."""
    saved = gw.site
    gw.site = SAVED_SITE
    try:
        return gw.friend_links(r)
    finally:
        gw.site = saved


def render(p: Page) -> str:
    with own_site(p):
        return _render(p)


def _render(p: Page) -> str:
    r = p.r
    c = p.cls
    layout = r.choices(("div", "html5", "table"), weights=(5, 3, 2), k=1)[0]
    par_style = r.choice(("p", "p", "p_indent", "p_span", "div", "br", "p_font")) if layout != "table" else r.choice(("br", "p", "p_font"))
    title = "".join(p.title_main) + (p.title_sep + p.title_site if p.title_site else "")
    head = ['<!DOCTYPE html>', '<html lang="zh-CN">' if r.random() < 0.7 else "<html>", "<head>"]
    head.append(r.choice(('<meta charset="utf-8">', '<meta charset="UTF-8">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')))
    metas = [f"<title>{esc(title)}</title>",
             f'<meta name="keywords" content="{attr(",".join(p.keywords))}">',
             f'<meta name="description" content="{attr(p.description)}">']
    if r.random() < 0.5:
        metas.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    if r.random() < 0.3:
        metas[1], metas[2] = metas[2], metas[1]
    head += metas
    head.append(f'<link rel="stylesheet" href="/static/css/{r.choice(("main", "style", "article", "common", "global"))}.css">')
    head.append(f"<style>\n{css(p)}\n</style>")
    head.append(f"<script>{script(p)}</script>")
    head.append("</head>")

    body = ["<body>"]
    body += p.hidden.get("top", [])
    top = gw.chrome(r) if r.random() < 0.5 else gw.weather(r)
    logo = f'<div class="{c["logo"]}"><a href="/">{esc(p.site_label)}</a></div>'
    h1 = p.h1 if p.h1 is not None else p.headline
    byline = gw.byline(r)
    article = [f"<h1>{esc(h1)}</h1>"]
    if p.subtitle:
        article.append(f'<h2 class="subtitle">{esc(p.subtitle)}</h2>')
    article.append(f'<div class="{c["info"]}"><span id="pubtime">{esc(byline)}</span></div>')
    article.append(f'<div class="{c["content"]}" id="content">\n{render_paragraphs(p, par_style)}\n</div>')
    article += p.hidden.get("content_end", [])
    if r.random() < 0.6:
        article.append(f'<div class="share">{esc(gw.chrome(r))}</div>')
    if r.random() < 0.5:
        article.append(f'<div class="editor">{esc("责任编辑：" + gw.name(r))}</div>')
    pager = [gw.pagination(r) for _ in range(r.randint(0, 2))]
    if pager:
        article.append('<div class="pager">' + "".join(f"<p>{esc(x)}</p>" for x in pager) + "</div>")
    side = []
    if r.random() < 0.6:
        heads = [gw.headline(r) for _ in range(r.randint(3, 8))]
        side.append(f'<h3>{esc(r.choice(("热点推荐", "24小时热榜", "相关新闻", "图片新闻", "编辑推荐")))}</h3><ul>'
                    + "".join(f'<li><a href="/{r.randint(1000, 99999)}.html">{esc(h)}</a></li>' for h in heads) + "</ul>")
        if r.random() < 0.5:
            side.append(f"<p>{esc(gw.weather(r))}</p>")
    footer = []
    if r.random() < 0.5:
        footer.append(f'<div class="links">{esc(friend_links(r))}</div>')
    fl = [gw.copyright(r) for _ in range(r.randint(1, 3))] + [gw.contact(r) for _ in range(r.randint(0, 2))]
    if p.shell_lines:
        # the spam shell replaces most of the genuine footer
        fl = fl[: r.randint(0, 1)]
    for line in fl:
        footer.append(f"<p>{esc(line)}</p>")
    for line in p.shell_lines:
        footer.append(r.choice(("<p>{}</p>", "<div>{}</div>", "<span>{}</span><br>")).format(esc(line)))
    footer += p.hidden.get("footer", [])
    crumb = gw.breadcrumb(r)
    if p.group == "hard_negative" and r.random() < 0.5:
        crumb = r.choice(("当前位置：首页 > 体育 > 彩票", "您的位置：首页 > 彩票 > 正文", "首页 > 财经 > 彩票", "当前位置：首页 > 社会 > 法治"))

    if layout == "table":
        body.append(f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="{c["header"]}">{esc(top)}</td></tr>')
        body.append(f"<tr><td>{logo}</td></tr><tr><td>{render_nav(p)}</td></tr>")
        body.append(f'<tr><td class="{c["crumb"]}">{esc(crumb)}</td></tr>')
        body.append(f'<tr><td class="{c["article"]}">\n' + "\n".join(article) + "\n</td></tr>")
        if side:
            body.append(f'<tr><td class="{c["side"]}">' + "".join(side) + "</td></tr>")
        body.append(f'<tr><td class="{c["footer"]}">\n' + "\n".join(footer) + "\n</td></tr></table>")
    elif layout == "html5":
        body.append(f'<header class="{c["header"]}"><div class="topbar">{esc(top)}</div>{logo}{render_nav(p)}</header>')
        body.append(f'<main class="{c["wrap"]}">')
        body.append(f'<div class="{c["crumb"]}">{esc(crumb)}</div>')
        body.append("<article>\n" + "\n".join(article) + "\n</article>")
        if side:
            body.append(f'<aside class="{c["side"]}">' + "".join(side) + "</aside>")
        body.append("</main>")
        body.append(f'<footer class="{c["footer"]}">\n' + "\n".join(footer) + "\n</footer>")
    else:
        body.append(f'<div class="{c["header"]}"><div class="top-links">{esc(top)}</div>{logo}</div>')
        body.append(render_nav(p))
        body.append(f'<div class="{c["crumb"]}">{esc(crumb)}</div>')
        body.append(f'<div class="{c["wrap"]}">')
        body.append(f'<div class="{c["article"]}">\n' + "\n".join(article) + "\n</div>")
        if side:
            body.append(f'<div class="{c["side"]}">' + "".join(side) + "</div>")
        body.append("</div>")
        body.append(f'<div class="{c["footer"]}">\n' + "\n".join(footer) + "\n</div>")
    body += p.hidden.get("end", [])
    body.append("</body>")
    return "\n".join(head + body + ["</html>"]) + "\n"


# ---------------------------------------------------------------- pages


def headline_keywords(r: random.Random, p: Page) -> list[str]:
    kw = [p.section]
    pieces = [x for x in re.split("[，、：；“”《》——\\s]+", p.headline) if 2 <= len(x) <= 12]
    kw += r.sample(pieces, min(len(pieces), r.randint(0, 3)))
    if r.random() < 0.5:
        kw.append(p.site)
    return kw


def base_page(r: random.Random, pid: str, group: str, aid: str, sents: list[str], hard_pool) -> Page:
    head, sub, body = article_parts(sents)
    p = Page(r, pid, group, aid)
    n_par = r.randint(3, 15)
    if group == "hard_negative":
        n_art = min(len(body), r.randint(1, max(1, n_par // 2)))
        n_hard_par = max(2, n_par - n_art)
        hard = [hard_pool(r) for _ in range(r.randint(n_hard_par, n_hard_par * 2))]
        hard_pars = p.group_paragraphs(hard, n_hard_par)
        start = r.randint(0, len(body) - n_art)
        art_sents = body[start : start + r.randint(n_art, min(len(body) - start, n_art * 2))]
        art_pars = p.group_paragraphs(art_sents, n_art)
        tags = ["h"] * len(hard_pars) + ["a"] * len(art_pars)
        r.shuffle(tags)
        if tags[0] != "h":  # lead with the hard negative the title comes from
            i = tags.index("h")
            tags[0], tags[i] = tags[i], tags[0]
        hi, ai = iter(hard_pars), iter(art_pars)
        p.paragraphs = [list(next(hi) if t == "h" else next(ai)) for t in tags]
        p.headline = headline_from(hard[0])
        p.sentences_used = hard + art_sents
    else:
        n_par = min(n_par, len(body))
        n_sent = r.randint(n_par, min(len(body), n_par * 3))
        start = r.randint(0, len(body) - n_sent)
        window = body[start : start + n_sent]
        p.paragraphs = [list(x) for x in p.group_paragraphs(window, n_par)]
        p.headline = head or headline_from(window[0])
        p.subtitle = sub if r.random() < 0.6 else None
        p.sentences_used = list(window)
    p.title_main = [p.headline]
    p.title_site = p.site + (p.title_sep + r.choice(list(gw.SECTIONS)) if r.random() < 0.2 else "")
    p.keywords = headline_keywords(r, p)
    first = strip_markers("".join(p.paragraphs[0]))
    p.description = first[: r.randint(40, 110)]
    return p


def make_pages(corpus: dict[str, list[str]], hard_negs: list[str], seed: int, n_pages: int) -> tuple[list[dict], list[Page]]:
    r = random.Random(f"{seed}:pages")
    usable = sorted(a for a, s in corpus.items() if len(article_parts(s)[2]) >= 3)
    if not usable:
        raise ValueError("no test article with at least 3 body sentences")
    counts = {}
    acc = 0
    for i, (g, share) in enumerate(GROUP_SHARES):
        counts[g] = n_pages - acc if i == len(GROUP_SHARES) - 1 else round(n_pages * share)
        acc += counts[g]
    groups = [g for g, _ in GROUP_SHARES for _ in range(counts[g])]
    r.shuffle(groups)

    def hard_pool(rr: random.Random) -> str:
        if rr.random() < 0.65:
            return rr.choice(hard_negs)
        return hard_negative_test_templates.generate(rr)

    out, pages = [], []
    kinds = list(KINDS)
    for i, group in enumerate(groups):
        aid = r.choice(usable)
        p = base_page(r, f"page-{i:06d}", group, aid, corpus[aid], hard_pool)
        if group == "polluted":
            n_inj = r.randint(1, 6)
            used: list[str] = []
            tries = 0
            placed = 0
            while placed < n_inj and tries < 40:
                tries += 1
                avail = [k for k in kinds if not (k in ONCE_PER_PAGE and k in used)]
                w = [KIND_WEIGHTS[kinds.index(k)] for k in avail]
                k = r.choices(avail, weights=w, k=1)[0]
                if INJECTORS[k](p):
                    used.append(k)
                    placed += 1
            assert p.gold, p.id
        page_html = render(p)
        page_html, gold = renumber(page_html, p.gold)
        problems = check_markers(page_html, len(gold))
        if problems:
            raise AssertionError(f"{p.id}: {problems}")
        out.append({"id": p.id, "group": group, "article": aid, "html": page_html, "gold": gold})
        pages.append(p)
    return out, pages


# ---------------------------------------------------------------- report


def train_overlap(train_dir: str, records: list[dict], pages: list[Page], err) -> int:
    """Reports verbatim overlap of gold texts with the training data; returns the
    number of genuine page sentences that are train.csv rows (must be 0)."""
    with open(os.path.join(train_dir, "phrases.txt"), encoding="utf-8") as f:
        phrases = set(f.read().splitlines())
    with open(os.path.join(train_dir, "train.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    all_rows = {t for t, _ in rows}
    spam_joined = "\x00".join(t for t, l in rows if l == "spam")
    by_kind: dict[str, set[str]] = {}
    for rec in records:
        for g, t in zip(rec["gold"], gold_texts(rec["html"])):
            by_kind.setdefault(g["kind"], set()).add(t)
    texts = set().union(*by_kind.values()) if by_kind else set()
    in_phr = sum(t in phrases for t in texts)
    in_rows = sum(t in all_rows for t in texts)
    in_spam = sum(t in spam_joined for t in texts)
    print(f"verbatim overlap with {train_dir} (distinct gold span texts: {len(texts)}):", file=err)
    print(f"  in phrases.txt: {in_phr} ({100 * in_phr / max(1, len(texts)):.1f}%); equal to a train.csv row: {in_rows}; "
          f"substring of a train.csv spam row: {in_spam} ({100 * in_spam / max(1, len(texts)):.1f}%)", file=err)
    for k in KINDS:
        ts = by_kind.get(k, set())
        if ts:
            print(f"    {k:9s} {len(ts):5d} distinct, {sum(t in phrases for t in ts):4d} in phrases.txt, "
                  f"{sum(t in spam_joined for t in ts):5d} inside a spam row", file=err)
    sents = {s for p in pages for s in p.sentences_used}
    leaked = sorted(s for s in sents if s in all_rows)
    print(f"  genuine page sentences that are train.csv rows: {len(leaked)} of {len(sents)}"
          + ("" if not leaked else "  <-- WARNING: stale train.csv? regenerate it"), file=err)
    return len(leaked)


def write_jsonl(path: str, records: list[dict]) -> None:
    """Writes one JSON object a line, atomically (a temporary file renamed
    into place), creating the directory."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(path + ".tmp", path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="pd199801.tsv from scripts/fetch-corpus.sh")
    ap.add_argument("--out", required=True, help="output JSONL file")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--split", choices=split.SPLITS, default="test",
                    help="held-out split to build from: test (reported numbers) or dev (tuning)")
    ap.add_argument("--train-dir", default=None,
                    help="generate.py output dir: report gold texts found verbatim in its phrases.txt / train.csv")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    corpus = load_corpus(args.corpus, args.split)
    hard_negs = split.split_lines(read_lines(HARD_NEG_TEST), args.split)
    records, pages = make_pages(corpus, hard_negs, args.seed, args.pages)
    write_jsonl(args.out, records)

    err = sys.stderr
    groups: dict[str, int] = {}
    kinds: dict[str, int] = {}
    obfs: dict[str, int] = {}
    for rec in records:
        groups[rec["group"]] = groups.get(rec["group"], 0) + 1
        for g in rec["gold"]:
            kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
            obfs[g["obfuscation"]] = obfs.get(g["obfuscation"], 0) + 1
    n_spans = sum(kinds.values())
    print(f"wrote {args.out}: {len(records)} pages, {n_spans} gold spans, "
          f"{len({r['article'] for r in records})} distinct {args.split} articles", file=err)
    print("  pages per group: " + ", ".join(f"{g}={groups.get(g, 0)}" for g, _ in GROUP_SHARES), file=err)
    print("  spans per kind:  " + ", ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS), file=err)
    print("  spans per obfuscation: " + ", ".join(f"{o}={obfs.get(o, 0)}" for o in OBFUSCATION_NAMES), file=err)
    if args.train_dir:
        train_overlap(args.train_dir, records, pages, err)  # leaks are reported, not fatal
    print(f"  time: {time.monotonic() - t0:.1f}s", file=err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
