"""Offline tests for the training-data tools (standard library only, no network).

    python3 -m unittest discover -s training -p 'test_*.py'

They use small invented inputs, never the corpus.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import random
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep training/ free of __pycache__

import generate  # noqa: E402
import genuine_topics  # noqa: E402
import hard_negative_templates  # noqa: E402
import hard_negative_test_templates  # noqa: E402
import lexicon  # noqa: E402
import pages  # noqa: E402
import spam  # noqa: E402
import split  # noqa: E402
import untag  # noqa: E402

# Invented sentences in the corpus's style (full-width digits), not corpus text.
FAKE_SENTENCES = [
    "本报讯今年全市新建农村公路１２０公里，方便了群众出行。",
    "县里组织技术人员下乡，帮助农民搞好冬季田间管理。",
    "这座新建的图书馆藏书约３０万册，每天接待读者上千人次。",
    "市场上的蔬菜品种丰富，价格总体保持平稳。",
    "工厂引进新设备后，产品合格率明显提高。",
    "学校开展读书活动，同学们积极参与。",
    "两国领导人就双边关系和共同关心的国际问题交换了意见。",
    "新年前夕，志愿者走进敬老院为老人们表演节目。",
    "这条铁路建成后，沿线地区的经济将得到更快发展。",
    "科研人员经过三年攻关，终于培育出抗病能力强的新品种。",
    "当地政府拨出专款，用于改善中小学办学条件。",
    "展览共展出书画作品２００余件，吸引了众多观众。",
]


def fake_corpus(path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i, s in enumerate(FAKE_SENTENCES * 3):
            f.write(f"pd199801-{i // 4 + 1:05d}\t{s}\n")


# Invented headline parts for the synthetic multi-article corpus.
FAKE_PLACES = ("东湖", "西山", "南岭", "北塘", "青石", "白沙", "柳河", "松林")
FAKE_TOPICS = ("春耕生产", "冬季防火", "植树造林", "科技下乡", "文化惠民", "水利建设")
FAKE_BYLINE = "本报记者林小禾"  # in every article, test and train alike


def synthetic_corpus(path: str, n_articles: int = 30) -> list[tuple[str, str]]:
    """Articles of a headline, six body sentences unique to the article and a
    byline shared by all articles; ids 1..30 include test articles 2, 6, 29
    and dev article 9."""
    rows = []
    for i in range(1, n_articles + 1):
        aid = f"pd199801-{i:05d}"
        rows.append((aid, f"{FAKE_PLACES[i % 8]}召开第{i}次{FAKE_TOPICS[i % 6]}座谈会"))
        for j in range(6):
            rows.append((aid, f"第{i}篇第{j}句，{FAKE_SENTENCES[(i + j) % len(FAKE_SENTENCES)]}"))
        rows.append((aid, FAKE_BYLINE))
    with open(path, "w", encoding="utf-8") as f:
        for aid, s in rows:
            f.write(f"{aid}\t{s}\n")
    return rows


def run_generate(corpus: str, out: str, seed: int) -> str:
    with contextlib.redirect_stderr(io.StringIO()):
        rc = generate.main(["--corpus", corpus, "--out", out, "--seed", str(seed)])
    assert rc == 0
    with open(os.path.join(out, "train.csv"), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class UntagTest(unittest.TestCase):
    def test_untag_line(self):
        line = "[新华/nt  通讯社/n]nt  记者/n  报道/v  ，/w  ＩＢＭ/nx  ＰＣ/nx  售价/n  ３０００/m  元/q  。/w"
        self.assertEqual(untag.untag_line(line), "新华通讯社记者报道，ＩＢＭ ＰＣ售价３０００元。")

    def test_split_sentences_keeps_quotes_and_punct(self):
        text = "他说：“我们一定能办好。”大家都笑了！真的吗？好；……后来"
        self.assertEqual(
            untag.split_sentences(text),
            ["他说：“我们一定能办好。”", "大家都笑了！", "真的吗？", "好；……", "后来"],
        )

    def test_articles_and_short_sentences(self):
        lines = [
            "春风/n  送暖/v  新/a  农村/n",  # headline
            "记者/n  某某/r",  # byline, same header block
            "今年/t  全县/n  粮食/n  又/d  获/v  丰收/v  。/w  好/a  ！/w",
            "（/w  附/v  图片/n  ）/w",
            "第二/m  篇/q  文章/n  标题/n",  # new article
            "这里/r  的/u  群众/n  生活/n  越来越/d  好/a  。/w",
        ]
        rows, stats = untag.untag(lines)
        self.assertEqual(stats["articles"], 2)
        self.assertEqual(rows[0], ("pd199801-00001", "春风送暖新农村"))
        self.assertIn(("pd199801-00001", "今年全县粮食又获丰收。"), rows)
        self.assertNotIn("好！", [s for _, s in rows])  # under 4 CJK chars
        self.assertEqual(rows[-1], ("pd199801-00002", "这里的群众生活越来越好。"))


class LexiconTest(unittest.TestCase):
    def test_segmenter_dict_is_current_and_complete(self):
        with open(os.path.join(lexicon.LEXICON_DIR, "segmenter.dict"), encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(text, lexicon.segmenter_dict_text(), "run: python3 training/lexicon.py --write-dict")
        words = {l.split(" ")[0] for l in text.splitlines()}
        for kind in lexicon.KINDS:
            for t in lexicon.load_terms(kind):
                if 2 <= len(t) <= 8:
                    self.assertIn(t.lower(), words)
        for must in ("一肖一码", "六合彩", "开奖", "管家婆", "特码", "平特一肖", "新澳门", "马会", "资料大全"):
            self.assertIn(must, words)
        for l in text.splitlines():
            w, freq, tag = l.split(" ")
            self.assertTrue(int(freq) >= 20000 and tag)

    def test_maps(self):
        for s, t in lexicon.load_traditional().items():
            self.assertNotEqual(s, t)
            self.assertEqual((len(s), len(t)), (1, 1))
        for v, c in lexicon.load_homophones():
            self.assertNotEqual(v, c)


class GenerateTest(unittest.TestCase):
    def test_deterministic_and_well_formed(self):
        with tempfile.TemporaryDirectory() as d:
            corpus = os.path.join(d, "c.tsv")
            fake_corpus(corpus)
            h1 = run_generate(corpus, os.path.join(d, "a"), 7)
            h2 = run_generate(corpus, os.path.join(d, "b"), 7)
            h3 = run_generate(corpus, os.path.join(d, "c"), 8)
            self.assertEqual(h1, h2)
            self.assertNotEqual(h1, h3)
            with open(os.path.join(d, "a", "train.csv"), encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            self.assertEqual(rows[0], ["text", "label"])
            rows = rows[1:]
            self.assertEqual({l for _, l in rows}, {"genuine", "spam"})
            spam_rows = [t for t, l in rows if l == "spam"]
            genuine_rows = {t for t, l in rows if l == "genuine"}
            self.assertEqual(len(spam_rows), len(set(spam_rows)))
            self.assertFalse(genuine_rows.intersection(spam_rows))
            held_out = set(generate.read_lines(generate.HARD_NEG_TEST))
            self.assertGreaterEqual(len(held_out), 100)
            self.assertFalse(held_out.intersection(t for t, _ in rows))
            with open(os.path.join(d, "a", "meta.tsv"), encoding="utf-8") as f:
                meta = f.read().splitlines()
            self.assertEqual(len(meta), len(rows))
            with open(os.path.join(d, "a", "phrases.txt"), encoding="utf-8") as f:
                phrases = f.read().splitlines()
            self.assertTrue(phrases)
            joined = "\x00".join(spam_rows)
            self.assertTrue(all(p in joined for p in phrases))

    def test_hard_negatives_counts(self):
        train = generate.read_lines(generate.HARD_NEG_TRAIN)
        test = generate.read_lines(generate.HARD_NEG_TEST)
        self.assertGreaterEqual(len(set(train)), 300)
        self.assertGreaterEqual(len(set(test)), 100)
        self.assertFalse(set(train) & set(test))


class GenuineTopicsTest(unittest.TestCase):
    def test_deterministic_per_seed(self):
        def draw(seed):
            r = random.Random(seed)
            return [genuine_topics.sentence(r) for _ in range(300)] + [genuine_topics.web_chrome(r) for _ in range(100)]

        self.assertEqual(draw("a"), draw("a"))
        self.assertNotEqual(draw("a"), draw("b"))

    def test_every_topic_varied_and_free_of_spam_offers(self):
        offers = ("一肖一码", "特码", "首存", "注册送", "返水", "备用网址", "稳赚不赔")
        self.assertGreaterEqual(len(genuine_topics.TOPICS), 12)
        for topic, fn, _ in genuine_topics.TOPICS:
            r = random.Random(topic)
            lines = [fn(r) for _ in range(400)]
            self.assertGreater(len(set(lines)), 300, topic)
            for line in lines:
                self.assertTrue(line.strip() and "\n" not in line, line)
                if topic != "society":  # anti-fraud warnings quote the scammers' words
                    self.assertFalse(any(o in line for o in offers), line)

    def test_modern_words_and_channel_menus_appear(self):
        r = random.Random(9)
        text = "\n".join(genuine_topics.sentence(r) for _ in range(4000))
        for w in ("英超", "德甲", "NBA", "CBA", "免费", "体验", "注册", "下载", "游戏", "彩票", "开奖", "澳门", "导师带单", "赌博"):
            self.assertIn(w, text)
        chrome = "\n".join(genuine_topics.web_chrome(r) for _ in range(2000))
        for w in ("体育", "娱乐", "彩票", "游戏", "扫码下载", "登录|注册", "猜你喜欢", "热门搜索", "QQ好友", "手机版", "ICP备"):
            self.assertIn(w, chrome)

    def test_new_hard_negative_templates_reachable(self):
        seen = set()
        for i in range(3000):
            seen.add(hard_negative_templates.generate(random.Random(f"x{i}")))
        joined = "\n".join(seen)
        for w in ("捕鱼游戏机", "六合彩", "俱乐部", "命中", "竞猜", "暗链"):
            self.assertIn(w, joined)

    def test_generate_includes_topic_rows(self):
        with tempfile.TemporaryDirectory() as d:
            corpus = os.path.join(d, "c.tsv")
            fake_corpus(corpus)
            run_generate(corpus, os.path.join(d, "a"), 7)
            with open(os.path.join(d, "a", "meta.tsv"), encoding="utf-8") as f:
                kinds = [l.split("\t")[0] for l in f.read().splitlines()]
            for kind, n in genuine_topics.DEFAULT_COUNTS.items():
                self.assertEqual(kinds.count(kind), n)


class SplitTest(unittest.TestCase):
    def test_rule(self):
        aid = "pd199801-00002"
        want = int(hashlib.sha256(aid.encode()).hexdigest(), 16) % 10 == 0
        self.assertEqual(split.is_test_article(aid), want)
        self.assertTrue(split.is_test_article(aid))
        self.assertFalse(split.is_test_article("pd199801-00001"))
        n = sum(split.is_test_article(f"pd199801-{i:05d}") for i in range(1, 3001))
        self.assertTrue(240 <= n <= 360, n)
        dev = [f"pd199801-{i:05d}" for i in range(1, 3001) if split.is_dev_article(f"pd199801-{i:05d}")]
        self.assertTrue(240 <= len(dev) <= 360, len(dev))
        self.assertFalse(any(split.is_test_article(a) for a in dev))
        self.assertTrue(all(split.is_held_out_article(a) for a in dev))

    def test_hard_negative_lines_split_without_overlap(self):
        lines = [f"句{i}" for i in range(9)]
        test, dev = split.split_lines(lines, "test"), split.split_lines(lines, "dev")
        self.assertEqual(len(test) + len(dev), 9)
        self.assertFalse(set(test) & set(dev))
        with self.assertRaises(ValueError):
            split.split_lines(lines, "train")

    def test_no_test_sentence_in_train_csv(self):
        with tempfile.TemporaryDirectory() as d:
            corpus = os.path.join(d, "c.tsv")
            rows = synthetic_corpus(corpus)
            test_ids = {a for a, _ in rows if split.is_held_out_article(a)}
            self.assertEqual(test_ids, {"pd199801-00002", "pd199801-00006", "pd199801-00009", "pd199801-00029"})
            test_sents = {s for a, s in rows if a in test_ids}
            train_only = {s for a, s in rows if a not in test_ids} - test_sents
            run_generate(corpus, os.path.join(d, "out"), 5)
            with open(os.path.join(d, "out", "train.csv"), encoding="utf-8", newline="") as f:
                texts = [t for t, _ in list(csv.reader(f))[1:]]
            with open(os.path.join(d, "out", "meta.tsv"), encoding="utf-8") as f:
                meta = [l.split("\t") for l in f.read().splitlines()]
            self.assertFalse(test_sents.intersection(texts))
            self.assertNotIn(FAKE_BYLINE, texts)  # a train article's copy of a test sentence goes too
            self.assertEqual(train_only, train_only.intersection(texts))
            carriers = 0
            for text, (kind, detail) in zip(texts, meta):
                aid = detail.split(":")[-1].split(",")[0]
                if aid.startswith("pd1998"):
                    self.assertNotIn(aid, test_ids)
                    carriers += kind != "corpus"
                # no test body sentence is the carrier of an injected phrase either
                for aid in test_ids:
                    self.assertNotIn(f"第{int(aid[-5:])}篇第", text)
            self.assertGreater(carriers, 0)


def marker_problems(html_text: str, n_gold: int) -> list[str]:
    """Independent check: spans 0..n-1 each opened then closed, in order, never nested."""
    problems, expect, open_n = [], 0, None
    for ch in html_text:
        v = ord(ch) - pages.MARKER_BASE
        if not 0 <= v < 0xFFFE:
            continue
        n, closing = v // 2, v % 2
        if not closing:
            if open_n is not None:
                problems.append(f"{n} opened inside {open_n}")
            if n != expect:
                problems.append(f"{n} opened, expected {expect}")
            open_n, expect = n, n + 1
        else:
            if open_n != n:
                problems.append(f"{n} closed while {open_n} open")
            open_n = None
    if open_n is not None:
        problems.append(f"{open_n} never closed")
    if expect != n_gold:
        problems.append(f"{expect} spans for {n_gold} gold entries")
    return problems


class PagesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.corpus_path = os.path.join(cls.tmp.name, "c.tsv")
        cls.rows = synthetic_corpus(cls.corpus_path)
        cls.out = os.path.join(cls.tmp.name, "p.jsonl")
        cls.records = cls.run_pages(cls.out, 11, 80)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def run_pages(cls, out: str, seed: int, n: int) -> list[dict]:
        with contextlib.redirect_stderr(io.StringIO()):
            rc = pages.main(["--corpus", cls.corpus_path, "--out", out, "--seed", str(seed), "--pages", str(n)])
        assert rc == 0
        with open(out, encoding="utf-8") as f:
            return [json.loads(l) for l in f]

    def test_markers_well_formed(self):
        self.assertEqual(len(self.records), 80)
        n_spans = 0
        for rec in self.records:
            self.assertEqual(list(rec), ["id", "group", "article", "html", "gold"])
            self.assertEqual(marker_problems(rec["html"], len(rec["gold"])), [], rec["id"])
            self.assertEqual(pages.check_markers(rec["html"], len(rec["gold"])), [])
            texts = pages.gold_texts(rec["html"])
            self.assertEqual(len(texts), len(rec["gold"]))
            for t in texts:
                self.assertTrue(t and t == t.strip(), repr(t))
                self.assertNotIn("<", t)  # never around or across a tag
                self.assertNotIn(">", t)
            for g in rec["gold"]:
                self.assertIn(g["kind"], pages.KINDS)
                self.assertIn(g["obfuscation"], pages.OBFUSCATION_NAMES)
            if rec["group"] == "polluted":
                self.assertTrue(rec["gold"])
            else:
                self.assertEqual(rec["gold"], [])
            self.assertTrue(rec["html"].startswith("<!DOCTYPE html>"))
            n_spans += len(texts)
        groups = [r["group"] for r in self.records]
        self.assertEqual((groups.count("clean"), groups.count("hard_negative"), groups.count("polluted")), (40, 12, 28))
        self.assertGreater(n_spans, 28)

    def test_deterministic(self):
        other = os.path.join(self.tmp.name, "q.jsonl")
        self.run_pages(other, 11, 80)
        with open(self.out, "rb") as a, open(other, "rb") as b:
            self.assertEqual(a.read(), b.read())
        self.assertNotEqual(self.run_pages(other, 12, 80), self.records)

    def test_only_test_articles(self):
        train_sents = {s for a, s in self.rows if not split.is_held_out_article(a)} - {FAKE_BYLINE}
        for rec in self.records:
            self.assertTrue(split.is_test_article(rec["article"]))
            text = pages.strip_markers(rec["html"])
            for s in train_sents:
                self.assertNotIn(s, text)
        # and none of the pages' genuine sentences is a train.csv row
        run_generate(self.corpus_path, os.path.join(self.tmp.name, "train"), 3)
        with open(os.path.join(self.tmp.name, "train", "train.csv"), encoding="utf-8", newline="") as f:
            train_rows = {t for t, _ in list(csv.reader(f))[1:]}
        corpus = pages.load_corpus(self.corpus_path)
        _, built = pages.make_pages(corpus, generate.read_lines(generate.HARD_NEG_TEST), 11, 80)
        used = {s for p in built for s in p.sentences_used}
        self.assertTrue(used)
        self.assertFalse(used & train_rows)

    def test_hard_negative_test_templates_are_held_out(self):
        train = {hard_negative_templates.generate(random.Random(f"t{i}")) for i in range(3000)}
        test = {hard_negative_test_templates.generate(random.Random(f"t{i}")) for i in range(3000)}
        self.assertGreater(len(test), 1000)
        self.assertFalse(train & test)
        held_out = set(generate.read_lines(generate.HARD_NEG_TEST))
        self.assertFalse(held_out & set(generate.read_lines(generate.HARD_NEG_TRAIN)))

    def test_obfuscate_one(self):
        r = random.Random(3)
        seen = set()
        for _ in range(300):
            out, name = pages.obfuscate_one(r, "新澳门六合彩开奖结果2025官网")
            self.assertIn(name, pages.OBFUSCATION_NAMES)
            self.assertNotEqual(out, "新澳门六合彩开奖结果2025官网")
            seen.add(name)
        self.assertEqual(seen, set(pages.OBFUSCATION_NAMES) - {"none"})
        self.assertIn("\u200b", pages.OBFUSCATORS["zero_width"](random.Random(1), "六合彩") + pages.OBFUSCATORS["zero_width"](random.Random(2), "六合彩") + "\u200b")


class HeadlineTermsTest(unittest.TestCase):
    def test_pieces_the_article_uses(self):
        text = "改造方案征求了城市居民意见，老街坊们都很期待。"
        self.assertEqual(pages.headline_terms("老街坊的城市更新", text), ["老街坊", "城市"])
        self.assertEqual(pages.headline_terms("2025年新闻", text), [])


class ObfuscationTest(unittest.TestCase):
    def test_obfuscators_change_text(self):
        import random

        r = random.Random(1)
        s = "新澳门六合彩开奖结果2025年官方网站"
        self.assertIn("開獎", spam.obf_traditional(r, s) + spam.obf_traditional(r, s))
        self.assertIn("２０２５", spam.obf_fullwidth(random.Random(2), s))
        self.assertNotEqual(spam.obf_split(r, s), s)
        self.assertNotEqual(spam.obf_symbols(r, s), s)
        self.assertNotEqual(spam.obf_homophone(r, s), s)


if __name__ == "__main__":
    unittest.main()
