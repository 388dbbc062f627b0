"""Offline tests for genuine_headlines.py (standard library only, no network, < 2 s).

    python3 -m unittest discover -s training -p 'test_*.py'
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep training/ free of __pycache__

import genuine_headlines as gh  # noqa: E402
from test_gaming_news import _quoted_out, _realdev  # noqa: E402  (shared helpers, no tests)

DRAWS = 1000
REALDEV = _realdev()

# Promotion: never bare (outside “…” quotes) in any kind.
BAITS = ("注册送", "首存", "开户", "(?<![以线])上分", "客服微信", "官方网站·", "官方网站 ·")
# Never in a line that names one of the spam's channel suffixes.
CHANNELS = ("体育", "娱乐", "电竞")
PROMO_NEAR = ("官网", "官方网站", "下载", "app", "APP", "App", "注册", "登录", "入口", "平台", "开户", "试玩")
# "Sure win" wording: only inside quotation marks (a quoted fraud claim).
SURE_WIN = ("稳赢", "必中", "稳赚", "包中", "百分百中奖", "包赢")
AUSPICIOUS = "盈鑫盛宝恒利发凯华鼎博亚欧乐赢"


def _skeleton(template: str) -> str:
    return re.sub(r"\{[a-z]+\d?\}", "{}", template)


def _samples(kind: str, heldout: bool, seed: int = 7) -> list[str]:
    r = random.Random(f"{seed}:{kind}:{heldout}")
    return [gh.headline(r, kind, heldout) for _ in range(DRAWS)] + [gh.sentence(r, kind, heldout) for _ in range(DRAWS)]


class GenuineHeadlinesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.out = {(k, h): _samples(k, h) for k in gh.KINDS for h in (False, True)}

    def test_kinds_and_template_counts(self) -> None:
        self.assertEqual(gh.KINDS, ("site_chrome", "game_news", "finance_names", "lottery_columns",
                                    "tech_reviews", "exam_prep", "ent_society"))
        for kind in gh.KINDS:
            heads, sents, heads_h, sents_h = gh._T[kind]
            with self.subTest(kind=kind):
                self.assertGreaterEqual(len(heads), 30)
                self.assertGreaterEqual(len(sents), 20)
                self.assertGreaterEqual(len(heads_h), 10)
                self.assertGreaterEqual(len(sents_h), 10)
                for t in heads + sents + heads_h + sents_h:
                    for slot in re.findall(r"\{([a-z]+)\d?\}", t):
                        self.assertIn(slot, gh._SLOTS, t)
        with self.assertRaises(ValueError):
            gh.headline(random.Random(1), "no_such_kind")
        with self.assertRaises(ValueError):
            gh.sentence(random.Random(1), "no_such_kind", heldout=True)

    def test_deterministic(self) -> None:
        for kind in gh.KINDS:
            for heldout in (False, True):
                a, b = random.Random(42), random.Random(42)
                for _ in range(50):
                    self.assertEqual(gh.headline(a, kind, heldout), gh.headline(b, kind, heldout))
                    self.assertEqual(gh.sentence(a, kind, heldout), gh.sentence(b, kind, heldout))
        self.assertEqual(_samples("game_news", False, seed=3), _samples("game_news", False, seed=3))

    def test_outputs_are_filled_and_varied(self) -> None:
        for (kind, heldout), texts in self.out.items():
            with self.subTest(kind=kind, heldout=heldout):
                heads, sents = texts[:DRAWS], texts[DRAWS:]
                for text in texts:
                    self.assertTrue(text.strip(), kind)
                    self.assertEqual(text, text.strip())
                    self.assertNotRegex(text, r"[{}]|_")
                for h in heads:
                    self.assertTrue(4 <= len(h) <= 60, h)
                for s in sents:
                    self.assertTrue(6 <= len(s) <= 110, s)
                # slot-free lines repeat by design; the rest vary with their slots
                self.assertGreater(len(set(heads)), len(gh._T[kind][2 * heldout]) * 5)
                self.assertGreater(len(set(sents)), len(gh._T[kind][1 + 2 * heldout]) * 4)

    def test_heldout_is_disjoint(self) -> None:
        for kind in gh.KINDS:
            heads, sents, heads_h, sents_h = gh._T[kind]
            with self.subTest(kind=kind):
                train = {_skeleton(t) for t in heads + sents}
                held = {_skeleton(t) for t in heads_h + sents_h}
                self.assertFalse(train & held)
                shared = set(self.out[kind, False]) & set(self.out[kind, True])
                self.assertFalse(shared, sorted(shared)[:5])

    def test_slot_lists_are_disjoint(self) -> None:
        pools = {name: v for name, v in vars(gh).items()
                 if name.isupper() and isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], list)}
        self.assertGreaterEqual(len(pools), 30)
        for name, (train, held) in pools.items():
            with self.subTest(pool=name):
                self.assertTrue(train and held)
                self.assertFalse(set(train) & set(held))
        for name, rows in (("ESPORTS", gh.ESPORTS), ("LEAGUE", gh.LEAGUE), ("EXAMS", gh.EXAMS)):
            values = [set(), set()]
            for side in (0, 1):
                for row in rows[side]:
                    for field in row:
                        values[side].update(field if isinstance(field, list) else [field])
            with self.subTest(pool=name):
                self.assertFalse(values[0] & values[1])

    def test_no_promotion(self) -> None:
        for (kind, _), texts in self.out.items():
            for text in texts:
                bare = _quoted_out(text)
                self.assertFalse([w for w in BAITS if re.search(w, bare)], (kind, text))
                if any(w in text for w in CHANNELS):
                    self.assertFalse([w for w in PROMO_NEAR if w in text], (kind, text))
                for w in SURE_WIN:
                    self.assertNotIn(w, bare, (kind, text))

    def test_auspicious_characters_in_genuine_context(self) -> None:
        train = "".join(t for (_, h), texts in self.out.items() if not h for t in texts)
        held = "".join(t for (_, h), texts in self.out.items() if h for t in texts)
        self.assertEqual([c for c in AUSPICIOUS if c not in train], [])
        self.assertEqual([c for c in AUSPICIOUS if c not in held], [])
        missing = [w for w in ("综合体育", "电竞", "娱乐公司", "威廉希尔", "必发", "凯利指数", "稳胆", "跑赢大市")
                   if w not in train]
        self.assertEqual(missing, [])

    def test_headline_decorations_occur(self) -> None:
        heads = [t for (k, h), texts in self.out.items() if not h and k != "site_chrome" for t in texts[:DRAWS]]
        for mark in ("(图)", "(组图)", "图文", ":", "：", " "):
            self.assertTrue(any(mark in t for t in heads), mark)

    @unittest.skipUnless(REALDEV, "no ../shared/realdev")
    def test_no_realdev_line_is_reproduced(self) -> None:
        lines = set()
        for name in sorted(os.listdir(REALDEV)):
            if name.endswith(".jsonl"):
                with open(os.path.join(REALDEV, name), encoding="utf-8") as f:
                    lines.update(json.loads(line)["text"].strip() for line in f if line.strip())
        outputs = {t for texts in self.out.values() for t in texts}
        self.assertFalse(outputs & lines, sorted(outputs & lines)[:5])
        by_prefix: dict[str, list[str]] = {}
        for t in lines:
            if len(t) >= 6:
                by_prefix.setdefault(t[:6], []).append(t)
        for text in sorted(outputs):
            for i in range(len(text) - 5):
                for cand in by_prefix.get(text[i:i + 6], ()):
                    self.assertFalse(text.startswith(cand, i), (cand, text))


if __name__ == "__main__":
    unittest.main()
