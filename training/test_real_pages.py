"""Offline tests for real_pages.py (standard library only, no corpus, no network, < 3 s).

    python3 -m unittest discover -s training -p 'test_*.py'

The corpus is a tiny synthetic one written here (CI has no People's Daily
download): a dozen invented articles put under article ids of the dev and test
splits, plus train-split ids that must never show up in a page.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep training/ free of __pycache__

import brand_spam  # noqa: E402
import gaming_news  # noqa: E402
import lexicon  # noqa: E402
import pages  # noqa: E402
import real_pages as rp  # noqa: E402
import split  # noqa: E402

# Invented articles: headline, then body sentences. Some name an organisation
# several times (brand_swapped_news needs one), all repeat their topic.
ARTICLES = (
    ("红星机械厂扩建新车间", "今年春天，红星机械厂开始扩建新车间。", "据红星机械厂介绍，新车间占地三千平方米。",
     "扩建完成后，红星机械厂的年产量将提高一倍。", "工人们说，新车间的设备比过去先进得多。", "车间预计年底前投入使用。"),
    ("县图书馆开设少儿阅览室", "为方便小读者，县图书馆在二楼开设了少儿阅览室。", "少儿阅览室藏书八千余册，全部免费借阅。",
     "县图书馆馆长说，阅览室周末也对外开放。", "不少家长带着孩子来到县图书馆看书。", "阅览室还定期举办故事会。"),
    ("光明中学举行冬季运动会", "光明中学冬季运动会昨天开幕。", "全校一千二百名学生参加了比赛。",
     "运动会设有跳绳、拔河和长跑等项目。", "据光明中学体育组介绍，今年新增了趣味项目。", "比赛将持续三天。"),
    ("城郊农民种植蔬菜增收", "城郊农民今年种植大棚蔬菜，收入明显增加。", "一位农民算了一笔账，每亩大棚年收入过万元。",
     "农业技术人员经常下乡指导种植。", "大棚蔬菜主要供应城区的农贸市场。", "明年还将扩大种植面积。"),
    ("市邮电局开通新业务", "市邮电局本月开通了多项新业务。", "群众可以在市邮电局的营业厅办理长途电话和邮政汇款。",
     "市邮电局还延长了营业时间。", "营业员说，办理业务的群众比往年多了不少。", "新业务受到居民欢迎。"),
    ("春节前市场供应充足", "春节临近，本市各大市场商品供应充足。", "粮油、肉类和蔬菜的价格保持稳定。",
     "商业部门组织货源，保证节日供应。", "不少市民提前购买年货。", "市场管理人员加强了巡查。"),
    ("山区小学用上新课桌", "山区小学的孩子们用上了新课桌。", "新课桌由一家企业捐赠，共五百套。",
     "老师说，过去的课桌已经用了二十多年。", "孩子们坐在新课桌前认真读书。", "当地还计划翻修教室。"),
    ("长江大桥完成年度检修", "长江大桥的年度检修工作日前完成。", "检修人员对桥面和护栏进行了全面检查。",
     "检修期间，大桥部分车道临时封闭。", "目前大桥已恢复正常通行。", "管理部门提醒司机注意限速。"),
    ("新华书店举办图书展销", "新华书店本周举办冬季图书展销。", "展销会上有三万多种图书。",
     "新华书店还为读者提供了休息区。", "很多读者一次买了好几本书。", "展销会将持续到月底。"),
    ("老年大学新学期开学", "老年大学新学期今天开学。", "今年开设了书法、绘画和摄影等课程。",
     "报名参加学习的老人比去年多了三成。", "一位退休教师说，在老年大学学习很充实。", "学校还组织学员参加社区活动。"),
)


def split_ids(name: str, n: int) -> list[str]:
    out, i = [], 0
    while len(out) < n:
        i += 1
        aid = f"pd199801-{i:05d}"
        if (name == "train" and not split.is_held_out_article(aid)) or (name != "train" and split.in_split(aid, name)):
            out.append(aid)
    return out


def write_corpus(path: str) -> None:
    rows = []
    for name in ("dev", "test", "train"):
        for aid, art in zip(split_ids(name, len(ARTICLES)), ARTICLES):
            tag = "" if name != "train" else "训练"
            rows += [f"{aid}\t{tag}{s}" for s in art]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


N_PAGES = 152  # at least 4 of the smallest family


def content(rec: dict) -> str:
    return rec.get("html") if "html" in rec else rec["text"]


def name_pattern(names) -> re.Pattern:
    alts = []
    for n in sorted({n.lower() for n in names}, key=len, reverse=True):
        e = re.escape(n)
        alts.append(rf"(?<![a-z0-9]){e}(?![a-z0-9])" if n.isascii() else e)
    return re.compile("|".join(alts))


class RealPagesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.corpus_path = os.path.join(cls.tmp.name, "corpus.tsv")
        write_corpus(cls.corpus_path)
        cls.corpus = pages.load_corpus(cls.corpus_path, "dev")
        cls.recs = rp.make_pages(cls.corpus, 7, N_PAGES, "dev")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_deterministic_file(self):
        outs = []
        for i in range(2):
            out = os.path.join(self.tmp.name, f"out{i}.jsonl")
            with mock.patch("sys.stderr"):
                rp.main(["--corpus", self.corpus_path, "--split", "test", "--seed", "3", "--pages", "40", "--out", out])
            with open(out, "rb") as f:
                outs.append(f.read())
        self.assertEqual(outs[0], outs[1])
        self.assertEqual(len(outs[0].splitlines()), 40)
        self.assertEqual([json.dumps(r, ensure_ascii=False) for r in rp.make_pages(self.corpus, 7, N_PAGES, "dev")],
                         [json.dumps(r, ensure_ascii=False) for r in self.recs])
        other = rp.make_pages(self.corpus, 8, N_PAGES, "dev")
        self.assertNotEqual([content(r) for r in other], [content(r) for r in self.recs])

    def test_markers_balanced_and_numbered(self):
        kinds = {"title", "meta", "heading", "nav", "promo", "link", "contact", "footer", "brand_swap", "keyword",
                 "inline", "hidden", "stuffing"}
        obfs = set(pages.OBFUSCATION_NAMES)
        for rec in self.recs:
            text = content(rec)
            self.assertEqual(pages.check_markers(text, len(rec["gold"])), [], rec["id"])
            for g in rec["gold"]:
                self.assertEqual(set(g), {"kind", "obfuscation"})
                self.assertIn(g["kind"], kinds, rec["id"])
                self.assertIn(g["obfuscation"], obfs, rec["id"])
            for t in pages.gold_texts(text):
                self.assertTrue(t.strip(), rec["id"])
                self.assertEqual(t, t.strip(), rec["id"])
                self.assertNotRegex(t, r"[<>]", rec["id"])  # never around a tag

    def test_every_family_labels_and_groups(self):
        fams = {}
        for rec in self.recs:
            fams[rec["category"]] = fams.get(rec["category"], 0) + 1
            self.assertEqual(rec["source"], "real_pages")
            self.assertTrue(rec["id"].startswith("real-dev-"))
            if rec["category"] in rp.SPAM:
                self.assertEqual((rec["label"], rec["group"]), ("spam", "polluted"), rec["id"])
                self.assertTrue(rec["gold"], rec["id"])
            else:
                self.assertEqual(rec["label"], "genuine", rec["id"])
                self.assertEqual(rec["gold"], [], rec["id"])
                want = "clean" if rec["category"] in rp.CLEAN_GENUINE else "hard_negative"
                self.assertEqual(rec["group"], want, rec["id"])
        self.assertEqual(set(fams), set(rp.FAMILIES))
        n_spam = sum(v for f, v in fams.items() if f in rp.SPAM)
        self.assertLessEqual(abs(2 * n_spam - N_PAGES), 2)

    def test_only_held_out_articles(self):
        used = {rec["article"] for rec in self.recs if rec["article"]}
        self.assertTrue(used)
        for aid in used:
            self.assertTrue(split.in_split(aid, "dev"), aid)
        for rec in self.recs:
            self.assertNotIn("训练", content(rec), rec["id"])  # the train articles' marker word

    def test_text_documents_have_no_html(self):
        for rec in self.recs:
            if rec["category"] in rp.TEXT_FAMILIES:
                self.assertNotIn("html", rec)
                self.assertNotRegex(rec["text"], r"<[A-Za-z/!]|&[a-z]+;", rec["id"])
                self.assertTrue(rec["text"].split("\n")[0].strip(), rec["id"])
            else:
                self.assertNotIn("text", rec)
                self.assertIn("<title>", rec["html"], rec["id"])

    def test_text_stuffed_copies_headline_words(self):
        seen = 0
        for rec in self.recs:
            if rec["category"] != "text_stuffed":
                continue
            plain = pages.strip_markers(rec["text"])
            for g, t in zip(rec["gold"], pages.gold_texts(rec["text"])):
                if g["kind"] == "stuffing":
                    seen += 1
                    self.assertIn(t, plain.split("\n")[0] + "".join(a[0] for a in ARTICLES), rec["id"])
        self.assertGreater(seen, 0)

    def test_no_training_side_generator_called(self):
        bad: list[str] = []

        def guard(mod, name, check):
            orig = getattr(mod, name)

            def wrapper(*a, **k):
                if not check(a, k):
                    bad.append(f"{mod.__name__}.{name}")
                return orig(*a, **k)
            return mock.patch.object(mod, name, wrapper)

        held_kw = lambda pos: (lambda a, k: k.get("heldout", a[pos] if len(a) > pos else False) is True)  # noqa: E731
        patches = [
            guard(brand_spam, "brand", held_kw(1)), guard(brand_spam, "company", held_kw(1)),
            guard(brand_spam, "phrase", held_kw(2)), guard(brand_spam, "any_phrase", held_kw(1)),
            guard(brand_spam, "glued_title", held_kw(2)), guard(brand_spam, "promo_paragraph", held_kw(2)),
            guard(brand_spam, "templates", held_kw(1)),
            guard(brand_spam, "fill", lambda a, k: a[1] is brand_spam.HELDOUT),
            guard(gaming_news, "article", held_kw(2)), guard(gaming_news, "headline", held_kw(2)),
            guard(gaming_news, "sentence", held_kw(2)),
        ]
        for p in patches:
            p.start()
        try:
            recs = rp.make_pages(self.corpus, 11, N_PAGES, "dev")
        finally:
            for p in patches:
                p.stop()
        self.assertEqual(sorted(set(bad)), [])
        self.assertEqual(len(recs), N_PAGES)

    def test_brands_are_held_out(self):
        train_names = [n for n in brand_spam.TRAIN.real
                       if ((n.isascii() and len(n) >= 4) or (not n.isascii() and len(n) >= 3))
                       and not any(n in h for h in brand_spam.HELDOUT.real)
                       and not any(n in b for b in lexicon.load_terms("brands"))]
        self.assertGreater(len(train_names), 40)
        train_pat = name_pattern(train_names)
        held_pat = name_pattern(brand_spam.HELDOUT.real)
        held_hits = 0
        for rec in self.recs:
            if rec["label"] != "spam":
                continue
            for t in pages.gold_texts(content(rec)):
                low = t.lower()
                self.assertIsNone(train_pat.search(low), (rec["id"], t))
                held_hits += bool(held_pat.search(low))
        self.assertGreater(held_hits, 10)

    def test_brand_swap_replaces_every_mention(self):
        ctx = rp.Ctx(self.corpus)
        self.assertTrue(ctx.with_org)
        recs = [r for r in self.recs if r["category"] == "brand_swapped_news"]
        self.assertTrue(recs)
        for rec in recs:
            kinds = [g["kind"] for g in rec["gold"]]
            self.assertGreaterEqual(kinds.count("brand_swap"), 2, rec["id"])
            org = ctx.orgs[rec["article"]]
            self.assertNotIn(org, pages.strip_markers(rec["html"]), rec["id"])

    def test_repeated_org(self):
        self.assertEqual(rp.repeated_org("今天，红星机械厂开工。据红星机械厂介绍，产量提高。"), "红星机械厂")
        self.assertIsNone(rp.repeated_org("今天天气很好。"))
        self.assertIsNone(rp.repeated_org("在国务院学位委员会上，国务院学位委员会决定。"))  # state organs are left alone

    def test_traditional_pages(self):
        self.assertEqual(rp.to_trad("欢迎来到体育官方网站"), "歡迎來到體育官方網站")
        self.assertTrue(rp.is_trad("澳門博彩監察協調局公佈數據，賭收按年上升。"))
        self.assertFalse(rp.is_trad("澳门博彩监察协调局公布数据，赌收按年上升。著名学者认为著作著称。"))
        trad = [rec for rec in self.recs for g in rec["gold"] if g["obfuscation"] == "traditional"]
        fw = [rec for rec in self.recs for g in rec["gold"] if g["obfuscation"] == "fullwidth"]
        self.assertTrue(trad or fw or sum(r["category"] == "brand_site" for r in self.recs) < 10)

    def test_plan_counts(self):
        order = rp.plan(5, 1200)
        self.assertEqual(len(order), 1200)
        counts = {f: order.count(f) for f in rp.FAMILIES}
        self.assertEqual(counts["hijacked_title"], 120)
        self.assertEqual(sum(counts[f] for f in rp.SPAM), 600)
        self.assertEqual(rp.plan(5, 1200), order)
        self.assertNotEqual(rp.plan(6, 1200), order)
        self.assertEqual(sorted(rp.plan(1, 7)), sorted(rp.plan(2, 7)))


if __name__ == "__main__":
    unittest.main()
