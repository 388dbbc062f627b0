#!/usr/bin/env python3
"""Labeled link-farm evaluation pages, apart from the main evaluation set.

    python3 training/link_pages.py --corpus CACHE/pd199801.tsv --out FILE.jsonl \
        --split dev [--seed 5243] [--pages 600]

Same JSONL format and gold markers as training/pages.py (read by
`spamscan eval`), built from the same held-out articles of the split with
pages.py's page generator, so the main evaluation set (pages.py's defaults)
is untouched. Groups:

  polluted       a page with one visible link-farm block: 5-14 anchors in a
                 row (list items, line breaks or separators, sometimes after a
                 label such as "合作伙伴："), each to a different made-up
                 gambling host (spam.py's domain generator); anchor texts are
                 gambling site names / phrases, the domain itself, or plain
                 calls to action ("官方入口"), mixed per block. One gold span of
                 kind "link": from the first anchor's text to the last's.
                 A third of these pages also carry a genuine friend-link list.
  clean          a page with one or two genuine link blocks: friend links to
                 national and regional news sites, or government site lists.
  hard_negative  a page with a lottery-news portal's link block: the official
                 welfare and sports lottery sites, lottery news portals and
                 draw-result pages, provincial lottery centres.

Random draws come from random.Random(f"{seed}:links"). The output contains
corpus text: never commit it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import genuine_web as gw  # noqa: E402
import pages  # noqa: E402
import spam  # noqa: E402
import split  # noqa: E402

GROUP_SHARES = (("clean", 0.3), ("hard_negative", 0.2), ("polluted", 0.5))

# National news and government sites and their real domains.
NATIONAL = {
    "人民网": "www.people.com.cn", "新华网": "www.xinhuanet.com", "央视网": "www.cctv.com",
    "中国政府网": "www.gov.cn", "光明网": "www.gmw.cn", "中国网": "www.china.com.cn",
    "国际在线": "www.cri.cn", "中国日报网": "www.chinadaily.com.cn", "中国青年网": "www.youth.cn",
    "中国经济网": "www.ce.cn", "中国新闻网": "www.chinanews.com.cn", "求是网": "www.qstheory.cn",
}
MINISTRIES = {
    "国家体育总局": "www.sport.gov.cn", "财政部": "www.mof.gov.cn", "民政部": "www.mca.gov.cn",
    "教育部": "www.moe.gov.cn", "公安部": "www.mps.gov.cn", "国家统计局": "www.stats.gov.cn",
}
# Lottery authorities and lottery news portals.
LOTTERY_SITES = {
    "中国福利彩票": "www.cwl.gov.cn", "中国体育彩票": "www.lottery.gov.cn", "中国竞彩网": "www.sporttery.cn",
    "中彩网": "www.zhcw.com", "500彩票网": "www.500.com", "新浪彩票": "lottery.sina.com.cn",
    "网易彩票": "caipiao.163.com", "澳客网": "www.okooo.com",
}
LOTTERY_PAGES = ("双色球开奖公告", "大乐透开奖结果", "福彩3D走势图", "排列三开奖", "七乐彩开奖", "竞彩足球赛程",
                 "彩票公益金使用公告", "购彩须知", "理性购彩倡议", "中奖查询")
PROVINCES = ("北京", "上海", "广东", "江苏", "浙江", "山东", "四川", "湖北", "湖南", "河南", "福建", "陕西")
LABELS = ("友情链接：", "合作伙伴：", "热门推荐：", "相关链接：", "合作网站：", "推荐网站：", "")
CALLS = ("官方入口", "点此进入", "备用网址", "最新线路", "线路检测", "官网首页", "立即访问", "手机版", "会员登录", "网址导航")


def anchor(href: str, text: str) -> str:
    return f'<a href="{pages.attr(href)}" target="_blank">{text}</a>'


def url(r: random.Random, host: str) -> str:
    if host.startswith("http"):
        return host
    scheme = r.choice(("https://", "http://", "//"))
    return scheme + host + ("" if "/" in host else r.choice(("/", "", "/index.html")))


def layout(r: random.Random, anchors: list[str], label: str) -> str:
    """A block of anchors as list items, lines or a separated run."""
    k = r.randrange(4)
    lab = pages.esc(label)
    if k == 0:
        inner = "<ul>" + "".join(f"<li>{a}</li>" for a in anchors) + "</ul>"
        return f'<div class="{r.choice(("links", "friend", "partner", "tj"))}">{lab}{inner}</div>'
    if k == 1:
        inner = "<br>".join(anchors)
    else:
        inner = r.choice((" ", " | ", "\n", "&nbsp;", "、", " · ", "　")).join(anchors)
    tag = r.choice(("div", "p", "div"))
    return f'<{tag} class="{r.choice(("links", "yqlj", "partner", "foot-links"))}">{lab}{inner}</{tag}>'


def farm_block(r: random.Random, p: pages.Page) -> str:
    n = r.randint(5, 14)
    hosts: list[str] = []
    while len(hosts) < n:
        h = spam.domain(r)
        if h not in hosts:
            hosts.append(h)
    mode = r.choice(("names", "domains", "mixed", "mixed"))
    texts = []
    for h in hosts:
        k = mode if mode != "mixed" else r.choice(("names", "domains", "calls"))
        if k == "names":
            texts.append(pages.draw(r, pages.HIDDEN_SHAPES))
        elif k == "domains":
            texts.append(h.split("://")[-1].removeprefix("www.") if r.random() < 0.7 else h.split("://")[-1])
        else:
            texts.append(r.choice(CALLS))
    g = len(p.gold)
    p.gold.append({"kind": "link", "obfuscation": "none"})
    rendered = [pages.esc(t) for t in texts]
    rendered[0] = pages.open_marker(g) + rendered[0]
    rendered[-1] = rendered[-1] + pages.close_marker(g)
    return layout(r, [anchor(url(r, h), t) for h, t in zip(hosts, rendered)], r.choice(LABELS))


def friend_block(r: random.Random) -> str:
    names = r.sample(list(NATIONAL), r.randint(2, 6))
    items = [(n, NATIONAL[n]) for n in names]
    for _ in range(r.randint(1, 5)):
        items.append((pages.SAVED_SITE(r), "www." + gw.domain(r)))
    r.shuffle(items)
    label = r.choice(("友情链接：", "合作媒体：", "链接：", "媒体链接：", ""))
    return layout(r, [anchor(url(r, h), pages.esc(t)) for t, h in items], label)


def government_block(r: random.Random) -> str:
    items = [(n, MINISTRIES[n]) for n in r.sample(list(MINISTRIES), r.randint(1, 4))]
    for _ in range(r.randint(2, 6)):
        city = r.choice(gw.CITIES)
        items.append((city + r.choice(("市人民政府", "市政务服务网", "市教育局", "市体育局")), "www." + gw.domain(r, gov=True)))
    if r.random() < 0.5:
        items.append(("中国政府网", NATIONAL["中国政府网"]))
    r.shuffle(items)
    label = r.choice(("政府网站：", "相关链接：", "政务链接：", ""))
    return layout(r, [anchor(url(r, h), pages.esc(t)) for t, h in items], label)


def lottery_block(r: random.Random) -> str:
    items = [(n, LOTTERY_SITES[n]) for n in r.sample(list(LOTTERY_SITES), r.randint(2, 6))]
    for _ in range(r.randint(1, 4)):
        prov = r.choice(PROVINCES)
        kind = r.choice(("福利彩票", "体育彩票", "福彩", "体彩"))
        host = gw.domain(r, gov=r.random() < 0.5)
        items.append((prov + kind + r.choice(("发行中心", "网", "中心", "")), "www." + host))
    for _ in range(r.randint(0, 3)):
        site = r.choice(list(LOTTERY_SITES.values()))
        items.append((r.choice(LOTTERY_PAGES), f"{site}/{r.randint(100, 9999)}.html"))
    r.shuffle(items)
    label = r.choice(("彩票网站：", "相关链接：", "彩票资讯：", "开奖查询：", ""))
    return layout(r, [anchor(url(r, h), pages.esc(t)) for t, h in items], label)


def place(r: random.Random, p: pages.Page, block: str) -> None:
    p.hidden.setdefault(r.choice(("content_end", "footer", "footer", "end", "top")), []).append(block)


def make_pages(corpus: dict[str, list[str]], seed: int, n_pages: int) -> list[dict]:
    r = random.Random(f"{seed}:links")
    usable = sorted(a for a, s in corpus.items() if len(pages.article_parts(s)[2]) >= 3)
    counts, acc = {}, 0
    for i, (g, share) in enumerate(GROUP_SHARES):
        counts[g] = n_pages - acc if i == len(GROUP_SHARES) - 1 else round(n_pages * share)
        acc += counts[g]
    groups = [g for g, _ in GROUP_SHARES for _ in range(counts[g])]
    r.shuffle(groups)
    out = []
    for i, group in enumerate(groups):
        aid = r.choice(usable)
        p = pages.base_page(r, f"link-{i:06d}", "clean", aid, corpus[aid], None)
        p.group = group
        if group == "polluted":
            place(r, p, farm_block(r, p))
            if r.random() < 0.33:
                place(r, p, friend_block(r))
        elif group == "clean":
            for _ in range(r.randint(1, 2)):
                place(r, p, friend_block(r) if r.random() < 0.6 else government_block(r))
        else:
            place(r, p, lottery_block(r))
        html_text, gold = pages.renumber(pages.render(p), p.gold)
        problems = pages.check_markers(html_text, len(gold))
        if problems:
            raise AssertionError(f"{p.id}: {problems}")
        out.append({"id": p.id, "group": group, "article": aid, "html": html_text, "gold": gold})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="pd199801.tsv from scripts/fetch-corpus.sh")
    ap.add_argument("--out", required=True, help="output JSONL file")
    ap.add_argument("--split", choices=split.SPLITS, required=True, help="held-out split to build from")
    ap.add_argument("--seed", type=int, default=None, help="default: 5242 for test, 5243 for dev")
    ap.add_argument("--pages", type=int, default=600)
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else (5243 if args.split == "dev" else 5242)
    t0 = time.monotonic()
    corpus = pages.load_corpus(args.corpus, args.split)
    records = make_pages(corpus, seed, args.pages)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(args.out + ".tmp", args.out)
    groups: dict[str, int] = {}
    for rec in records:
        groups[rec["group"]] = groups.get(rec["group"], 0) + 1
    spans = sum(len(rec["gold"]) for rec in records)
    print(f"wrote {args.out}: {len(records)} pages ({', '.join(f'{g}={n}' for g, n in sorted(groups.items()))}), "
          f"{spans} link spans, seed {seed}, {time.monotonic() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
