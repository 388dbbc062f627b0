"""Offline tests for brand_spam.py (standard library only, no network, < 3 s).

    python3 -m unittest discover -s training -p 'test_*.py'

When ../shared/realdev exists (SPAMSCAN_REALDEV overrides the folder), one
test also checks that no generated string equals a real injected string and
prints, for information, the share of real strings that contain a brand of
our lexicon. realdev text is only read, never stored or printed.
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

import brand_spam  # noqa: E402
import lexicon  # noqa: E402



def find_realdev() -> str:
    """$SPAMSCAN_REALDEV, else shared/realdev next to the repository or to one
    of its parents (a worktree sits deeper than the main checkout)."""
    if os.environ.get("SPAMSCAN_REALDEV"):
        return os.environ["SPAMSCAN_REALDEV"]
    d = os.path.dirname(HERE)
    for _ in range(4):
        d = os.path.dirname(d)
        cand = os.path.join(d, "shared", "realdev")
        if os.path.isdir(cand):
            return cand
    return ""


INJECTED = os.path.join(find_realdev(), "injected_strings.jsonl")
N_PER_FAMILY = 400


def sample(seed: int, heldout: bool) -> dict[str, list[str]]:
    r = random.Random(f"{seed}:brand-test:{heldout}")
    return {f: [brand_spam.phrase(r, f, heldout) for _ in range(N_PER_FAMILY)] for f in brand_spam.FAMILIES}


def cjk(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


class BrandSpamTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.train = sample(1, False)
        cls.heldout = sample(1, True)

    def test_deterministic(self):
        self.assertEqual(sample(1, False), self.train)
        self.assertEqual(sample(1, True), self.heldout)
        for heldout in (False, True):
            a, b = random.Random(5), random.Random(5)
            for f in brand_spam.FAMILIES:
                self.assertEqual(brand_spam.promo_paragraph(a, f, heldout), brand_spam.promo_paragraph(b, f, heldout))
            self.assertEqual(brand_spam.glued_title(a, "本市召开年度工作会议", heldout),
                             brand_spam.glued_title(b, "本市召开年度工作会议", heldout))
            self.assertEqual([brand_spam.brand(a, heldout) for _ in range(50)], [brand_spam.brand(b, heldout) for _ in range(50)])
        self.assertNotEqual(sample(2, False), self.train)

    def test_families_non_empty_and_varied(self):
        for side in (self.train, self.heldout):
            self.assertEqual(set(side), set(brand_spam.FAMILIES))
            for fam, rows in side.items():
                for s in rows:
                    self.assertTrue(s.strip(), fam)
                    self.assertEqual(s, s.strip(), (fam, s))
                    self.assertEqual(brand_spam.tidy(s), s, (fam, s))
                    self.assertNotIn("{", s, (fam, s))
                    self.assertTrue(cjk(s), (fam, s))
                    self.assertNotRegex(s, r"体育体育|官网官网|\(\)|（）|的的", (fam, s))
                # breadth: most strings of a family are distinct
                self.assertGreater(len(set(rows)), 0.6 * len(rows), fam)

    def test_template_counts(self):
        for fam in brand_spam.FAMILIES:
            train, held = brand_spam.templates(fam), brand_spam.templates(fam, heldout=True)
            self.assertGreaterEqual(len(set(train)), 25, fam)
            self.assertGreaterEqual(len(set(held)), 10, fam)
            self.assertFalse(set(train) & set(held), fam)

    def test_every_slot_is_defined(self):
        names = set()
        tables = list(brand_spam.T_TRAIN.values()) + list(brand_spam.T_HELDOUT.values())
        tables += [brand_spam.P_COMMON_T, brand_spam.P_COMMON_H]
        tables += list(brand_spam.P_FAMILY_T.values()) + list(brand_spam.P_FAMILY_H.values())
        for table in tables:
            for t in table:
                names.update(m.group(1) for m in brand_spam._SLOT_RE.finditer(t))
        self.assertFalse(names - set(brand_spam.SLOTS))
        self.assertEqual(set(brand_spam.P_FAMILY_T), set(brand_spam.FAMILIES))
        self.assertEqual(set(brand_spam.P_FAMILY_H), set(brand_spam.FAMILIES))

    def test_lists_disjoint_and_sized(self):
        pairs = (("brand_seo", "brand_seo_heldout"), ("cs_companies", "cs_companies_heldout"),
                 ("slot_titles", "slot_titles_heldout"))
        for a, b in pairs:
            self.assertFalse(set(lexicon.load_terms(a)) & set(lexicon.load_terms(b)), (a, b))
        self.assertGreaterEqual(len(brand_spam.TRAIN.real), 100)
        self.assertGreaterEqual(len(brand_spam.HELDOUT.real), 40)
        codes = lambda ps: {p.code for p in ps}  # noqa: E731
        self.assertFalse(codes(brand_spam.TRAIN.providers) & codes(brand_spam.HELDOUT.providers))
        for pool in ("first", "animals", "fruits", "mythic", "words", "prefix", "cn_num"):
            self.assertFalse(set(getattr(brand_spam.TRAIN, pool)) & set(getattr(brand_spam.HELDOUT, pool)), pool)

    def test_heldout_brands_stay_out_of_train(self):
        held = [b for b in brand_spam.HELDOUT.real if len(b) >= 3 or cjk(b)]
        for fam, rows in self.train.items():
            for s in rows:
                for b in held:
                    self.assertNotIn(b, s, (fam, s))

    def test_pinyin_covers_brand_characters(self):
        for side in (brand_spam.TRAIN, brand_spam.HELDOUT):
            for pool in (side.real, side.first, side.animals, side.fruits, side.mythic, side.words, side.companies,
                         tuple(brand_spam.TRADE_SECOND)):
                for name in pool:
                    for ch in name:
                        if "\u4e00" <= ch <= "\u9fff":
                            self.assertIn(ch, brand_spam.PINYIN, name)
        r = random.Random(0)
        self.assertEqual(brand_spam.latin_tag(r, "raybet"), "raybet")
        self.assertEqual(brand_spam.tidy("raybetraybet体育"), "raybet体育")
        tags = {brand_spam.latin_tag(r, "火狐") for _ in range(200)}
        self.assertEqual(tags, {"hh", "huohu"})

    def test_glued_title_ranges(self):
        titles = ["本市召开年度工作会议", "地址：某某路88号", "联系我们", "A", ""]
        for heldout in (False, True):
            r = random.Random(f"glue:{heldout}")
            for i in range(600):
                t = titles[i % len(titles)]
                out, ranges = brand_spam.glued_title(r, t, heldout)
                self.assertTrue(1 <= len(ranges) <= 2)
                last = 0
                for a, b in ranges:
                    self.assertTrue(last <= a < b <= len(out), (out, ranges))
                    part = out[a:b]
                    self.assertEqual(part, part.strip())
                    self.assertTrue(cjk(part), part)
                    last = b
                # removing the injected parts leaves the genuine title plus glue only
                rest = "".join(out[x:y] for x, y in zip([0] + [b for _, b in ranges], [a for a, _ in ranges] + [len(out)]))
                glue = set("".join(brand_spam.TITLE_GLUE))
                self.assertIn(t, rest, (out, ranges))
                self.assertTrue(set(rest.replace(t, "", 1)) <= glue, (out, ranges))

    def test_promo_paragraphs(self):
        for heldout in (False, True):
            r = random.Random(f"promo:{heldout}")
            for fam in brand_spam.FAMILIES:
                for _ in range(30):
                    p = brand_spam.promo_paragraph(r, fam, heldout)
                    self.assertNotIn("{", p)
                    self.assertGreaterEqual(len(re.findall(r"[。！？!]", p)), 3, p)

    @unittest.skipUnless(os.path.exists(INJECTED), "realdev not present")
    def test_no_realdev_string_generated(self):
        with open(INJECTED, encoding="utf-8") as f:
            real = [json.loads(line)["text"] for line in f if line.strip()]
        real_set = {t.strip() for t in real}
        generated = [s for side in (self.train, self.heldout) for rows in side.values() for s in rows]
        equal = sorted({s for s in generated if s in real_set})
        self.assertEqual(equal, [], "generated strings equal to realdev strings")

        # for information: how many real strings name one of our lexicon brands
        def pattern(names):
            alts = []
            for n in sorted({n.lower() for n in names}, key=len, reverse=True):
                e = re.escape(n)
                alts.append(rf"(?<![a-z0-9]){e}(?![a-z0-9])" if n.isascii() else e)
            return re.compile("|".join(alts))

        lists = {
            "brand_seo (train)": brand_spam.TRAIN.real,
            "brand_seo_heldout": brand_spam.HELDOUT.real,
            "game providers (train)": [p.code for p in brand_spam.TRAIN.providers],
            "cs_companies (train)": brand_spam.TRAIN.companies,
            "brands.txt (invented, existing)": lexicon.load_terms("brands"),
        }
        lows = [t.lower() for t in real]
        print(f"\n[info] realdev injected strings: {len(real)}", file=sys.stderr)
        union = set()
        for name, names in lists.items():
            pat = pattern(names)
            hit = {i for i, t in enumerate(lows) if pat.search(t)}
            if "heldout" not in name:
                union |= hit
            print(f"[info]   contain a {name} name: {len(hit)} ({100 * len(hit) / len(real):.1f} %)", file=sys.stderr)
        print(f"[info]   contain any train-side name: {len(union)} ({100 * len(union) / len(real):.1f} %)", file=sys.stderr)


if __name__ == "__main__":
    unittest.main()
