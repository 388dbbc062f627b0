"""A small crawl written here: a Common Crawl style gzip WARC (one gzip
member per record), a WET file, and JSONL files (plain and gzip), with the
records `spamscan scan` must skip or report as errors."""

import gzip
import json
from pathlib import Path

NEWS = "市政府今天召开会议，部署今年的防汛工作。会议要求各部门加强值守，确保安全度汛。"
QUIET = "市民周末可入园游览，公园新增了健身步道和儿童游乐设施。"
SPAM = "新澳门六开彩开奖结果，香港马会资料大全，管家婆一码一肖。"


def page(title, *paragraphs, charset="utf-8"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body>{body}</body></html>")


def warc_record(warc_type, record_id, headers, block):
    head = f"WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: {record_id}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http_response(content_type, body):
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def response(record_id, url, content_type, body):
    return warc_record("response", record_id,
                       [("WARC-Target-URI", url), ("Content-Type", "application/http; msgtype=response")],
                       http_response(content_type, body))


def write_crawl(dir: Path):
    """Writes crawl.warc.gz, crawl.wet, docs.jsonl, more.jsonl.gz and a
    truncated cut.warc.gz into `dir`; returns their paths in listing order."""
    dir.mkdir(parents=True, exist_ok=True)
    records = [
        warc_record("warcinfo", "<urn:uuid:info>", [], b"software: test\r\n"),
        warc_record("request", "<urn:uuid:req>", [], b"GET / HTTP/1.1\r\n\r\n"),
        response("<urn:uuid:gbk-page>", "http://news.example.cn/1.html", "text/html; charset=gbk",
                 page("旧闻", NEWS, SPAM, QUIET, charset="gbk").encode("gbk")),
        response("<urn:uuid:image>", "http://news.example.cn/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\0\0"),
        response("<urn:uuid:clean-page>", "http://news.example.cn/2.html", "text/html",
                 page("公园", NEWS, QUIET).encode()),
        response("<urn:uuid:binary>", "http://news.example.cn/3.html", "text/html", b"GIF89a\0\0\0\0"),
        warc_record("resource", "<urn:uuid:resource>", [("WARC-Target-URI", "http://x.example.cn/r.html"),
                                                        ("Content-Type", "text/html")],
                    page("资源", QUIET + SPAM).encode()),
    ]
    warc = dir / "crawl.warc.gz"
    warc.write_bytes(b"".join(gzip.compress(r) for r in records))
    wet = dir / "crawl.wet"
    wet.write_bytes(b"".join([
        warc_record("warcinfo", "<urn:uuid:wet-info>", [], b"software: test\r\n"),
        warc_record("conversion", "<urn:uuid:wet-1>", [("WARC-Target-URI", "http://a.example.cn/")],
                    (NEWS + "\n" + SPAM).encode()),
        warc_record("conversion", "<urn:uuid:wet-2>", [("WARC-Target-URI", "http://b.example.cn/")],
                    QUIET.encode()),
    ]))
    docs = [
        {"id": "j1", "text": NEWS + SPAM + QUIET, "source": "test"},
        {"id": "j2", "text": QUIET, "metadata": {"lang": "zh"}},
        {"text": NEWS},
    ]
    jsonl = dir / "docs.jsonl"
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    lines.insert(2, '{"id": "broken", "text": ')  # invalid JSON: an error line
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    more = dir / "more.jsonl.gz"
    more.write_bytes(gzip.compress("".join(
        json.dumps({"id": f"m{i}", "text": (SPAM if i % 3 == 0 else "") + NEWS}, ensure_ascii=False) + "\n"
        for i in range(12)).encode()))
    cut = dir / "cut.warc.gz"
    whole = b"".join(gzip.compress(r) for r in records[2:5])
    cut.write_bytes(whole[: len(whole) - 40])  # a cut archive: the rest is lost
    return [warc, wet, jsonl, more, cut]


def write_jsonl_only(dir: Path):
    """JSONL inputs only (what the Dolma format takes)."""
    paths = write_crawl(dir)
    return [p for p in paths if ".jsonl" in p.name]
