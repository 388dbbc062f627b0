"""Offline tests for the training-data tools (standard library only, no network).

    python3 -m unittest discover -s training -p 'test_*.py'

They use small invented inputs, never the corpus.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep training/ free of __pycache__

import generate  # noqa: E402
import lexicon  # noqa: E402
import spam  # noqa: E402
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
