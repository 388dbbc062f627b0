#!/usr/bin/env python3
"""Generate a benchmark corpus of Chinese news pages, some with gambling injections.

Writes DIR/pages/NNN/NNNNN.html (about --mb megabytes of HTML, 500 pages a
folder) and DIR/pages.warc.gz (the first --warc-mb megabytes of them as WARC
response records, one gzip member per record, as Common Crawl writes them).

Article text: consecutive sentences of one People's Daily 1998-01 article from
the cached corpus (scripts/fetch-corpus.sh) when --corpus names it; otherwise
sentences composed from a small built-in vocabulary. Injections, stuffed
keyword blocks and hijacked titles come from training/spam.py, page chrome
(navigation, bylines, friendly links, copyright lines) from
training/genuine_web.py. Markup is realistic in weight: a head with scripts
and styles, navigation lists, a sidebar and a footer, so the HTML is roughly
twice the visible text. A share of the pages is encoded in GBK.

Deterministic for a given seed. Standard library only.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "training"))

import genuine_web  # noqa: E402
import spam  # noqa: E402

FALLBACK_SUBJECTS = ("市政府", "区教育局", "省农业厅", "科研团队", "社区居民", "企业代表", "交通部门", "医院专家", "志愿者", "文化馆")
FALLBACK_VERBS = ("召开", "发布", "完成", "推进", "开展", "组织", "启动", "总结", "部署", "落实")
FALLBACK_OBJECTS = ("年度工作会议", "惠民服务项目", "道路改造工程", "防汛安全检查", "科技创新成果", "乡村振兴规划", "文明城市创建活动", "冬季供暖保障工作", "义务教育改革", "公共卫生服务")
FALLBACK_TAILS = ("，取得了积极成效。", "，受到群众广泛好评。", "，相关工作将于下月全面展开。", "，进一步提升了服务水平。", "，为下一步发展打下了基础。")

STYLE = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333}
.header{height:90px;background:#c00}.nav li{float:left;padding:0 12px;line-height:36px}
.main{width:1000px;margin:0 auto}.article p{text-indent:2em;line-height:1.8;font-size:16px}
.sidebar{float:right;width:300px}.footer{clear:both;text-align:center;color:#999;font-size:12px}"""

SCRIPT = """var _hmt=_hmt||[];(function(){var hm=document.createElement("script");
hm.src="/static/js/stat.js?v=20240101";var s=document.getElementsByTagName("script")[0];
s.parentNode.insertBefore(hm,s);})();function share(t){window.open("/share?u="+encodeURIComponent(location.href)+"&t="+t)}"""


def load_articles(path: str | None) -> list[list[str]]:
    if not path or not os.path.exists(path):
        return []
    articles: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            aid, _, sentence = line.rstrip("\n").partition("\t")
            if sentence:
                articles.setdefault(aid, []).append(sentence)
    return [s for _, s in sorted(articles.items()) if len(s) >= 3]


def fallback_article(r: random.Random) -> list[str]:
    return [
        r.choice(FALLBACK_SUBJECTS) + r.choice(FALLBACK_VERBS) + r.choice(FALLBACK_OBJECTS) + r.choice(FALLBACK_TAILS)
        for _ in range(r.randint(8, 30))
    ]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraphs(r: random.Random, sentences: list[str], polluted: bool) -> list[str]:
    out, i = [], 0
    while i < len(sentences):
        n = r.randint(2, 5)
        para = list(sentences[i : i + n])
        i += n
        if polluted and r.random() < 0.3:
            k = r.randrange(len(para))
            phrase = r.choice((spam.inject_phrase, spam.keyword, spam.promo))(r)
            para[k] = para[k] + phrase + "。"
        out.append("".join(para))
    return out


def page(r: random.Random, sentences: list[str], polluted: bool) -> str:
    title = sentences[0].rstrip("。！？")[:40]
    if polluted and r.random() < 0.3:
        title = spam.keyword(r) + r.choice(spam.TITLE_SEPS) + title
    parts = [
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"{charset}\">\n",
        f"<title>{esc(title)}</title>\n",
        f"<meta name=\"description\" content=\"{esc(''.join(sentences[1:3])[:120])}\">\n",
        f"<meta name=\"keywords\" content=\"{esc(genuine_web.headline(r))}\">\n",
        f"<link rel=\"stylesheet\" href=\"/static/css/main.css\">\n<style>{STYLE}</style>\n",
        f"<script type=\"text/javascript\">{SCRIPT}</script>\n</head>\n<body>\n",
        "<div class=\"header\"><div class=\"logo\"><a href=\"/\"><img src=\"/static/img/logo.png\" alt=\"\"></a></div>\n",
        "<ul class=\"nav\">" + "".join(f"<li><a href=\"/{k}/\">{esc(w)}</a></li>" for k, w in enumerate(genuine_web.nav(r).split())) + "</ul></div>\n",
        f"<div class=\"main\"><div class=\"crumb\">{esc(genuine_web.breadcrumb(r))}</div>\n",
        f"<div class=\"article\"><h1>{esc(sentences[0])}</h1>\n<div class=\"info\"><span>{esc(genuine_web.byline(r))}</span></div>\n",
    ]
    for p in paragraphs(r, sentences[1:], polluted):
        parts.append(f"<p>{esc(p)}</p>\n")
    parts.append("</div>\n<div class=\"sidebar\"><h3>热点新闻</h3><ul>")
    for _ in range(r.randint(6, 12)):
        parts.append(f"<li><a href=\"/news/{r.randint(100000, 999999)}.html\" target=\"_blank\">{esc(genuine_web.headline(r))}</a></li>")
    parts.append("</ul></div>\n")
    if polluted and r.random() < 0.4:
        parts.append(f"<div style=\"display:none\">{esc(spam.stuffed(r, genuine_web.site))}</div>\n")
    parts.append(
        f"<div class=\"footer\"><p>{esc(genuine_web.friend_links(r))}</p><p>{esc(genuine_web.contact(r))}</p>"
        f"<p>{esc(genuine_web.copyright(r))}</p></div></div>\n</body>\n</html>\n"
    )
    return "".join(parts)


def warc_record(html: bytes, charset: str, n: int) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={charset}\r\nContent-Length: {len(html)}\r\n\r\n".encode() + html
    rid = uuid.UUID(int=n)
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Target-URI: http://news.example.cn/{n:07d}.html\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=6, mtime=0) as gz:
        gz.write(head + http + b"\r\n\r\n")
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=float, default=100.0, help="megabytes of HTML to write")
    ap.add_argument("--warc-mb", type=float, default=20.0, help="megabytes of HTML also written as pages.warc.gz")
    ap.add_argument("--corpus", help="pd199801.tsv from scripts/fetch-corpus.sh (optional)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--polluted-share", type=float, default=0.3)
    ap.add_argument("--gbk-share", type=float, default=0.2)
    args = ap.parse_args()

    r = random.Random(args.seed)
    articles = load_articles(args.corpus)
    target = int(args.mb * 1e6)
    warc_target = int(args.warc_mb * 1e6)
    pages_dir = os.path.join(args.out, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    total = n = warc_bytes = 0
    with open(os.path.join(args.out, "pages.warc.gz"), "wb") as warc:
        while total < target:
            if articles:
                a = articles[n % len(articles)]
                start = r.randrange(max(1, len(a) - 40)) if len(a) > 40 else 0
                sentences = a[start : start + r.randint(15, 40)]
            else:
                sentences = fallback_article(r)
            polluted = r.random() < args.polluted_share
            charset = "gbk" if r.random() < args.gbk_share else "utf-8"
            html = page(r, sentences, polluted).replace("{charset}", charset)
            data = html.encode(charset, errors="xmlcharrefreplace")
            folder = os.path.join(pages_dir, f"{n // 500:03d}")
            if n % 500 == 0:
                os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"{n:05d}.html"), "wb") as f:
                f.write(data)
            if warc_bytes < warc_target:
                warc.write(warc_record(data, charset, n))
                warc_bytes += len(data)
            total += len(data)
            n += 1
    print(f"gen-bench-pages: {n} pages, {total / 1e6:.1f} MB of HTML in {pages_dir}; "
          f"{warc_bytes / 1e6:.1f} MB of it in pages.warc.gz; "
          f"text from {'the corpus' if articles else 'the built-in vocabulary'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
