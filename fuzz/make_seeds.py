#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora under fuzz/seeds/<target>/.

Small inputs written here (standard library only), one per shape each
parser should see: valid, damaged, compressed, hostile. Run from anywhere;
rerun after changing it and commit the result. A model seed is made by
spamscan-train when a built binary is found (target/release or debug).
"""

import gzip
import json
import os
import pathlib
import shutil
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "seeds"

NEWS = "市政府今天召开会议，部署今年的防汛工作。会议要求各部门加强值守，确保安全度汛。"
SPAM = "新澳门六开彩开奖结果，香港马会资料大全，管家婆一码一肖。"

PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>新闻 &amp; 公园</title>"
    "<meta name=\"description\" content=\"公园改造完工\"><meta name=\"keywords\" content=\"公园,绿地\">"
    "<style>p{color:red}</style><script>var x='<p>';</script></head><body>"
    f"<p>{NEWS}</p><p>{SPAM}</p>"
    "<div style=\"display:none\">澳门葡京娱乐城 真人百家乐</div>"
    "<p>合作伙伴：<a href=\"https://xpj8866.com/\">澳门葡京娱乐</a> | "
    "<a href=\"http://bet365.com\">真人百家乐</a> | <a href=\"https://hg0088.cc\">六合彩投注</a> | "
    "<a href=\"https://amjs888.vip/\">皇冠娱乐城</a></p>"
    "<p>&#x9b;&#155;&#x80;&#0;&#xD800;&#x110000;&#; &amp;#x9b; &nbsp;&lt;b&gt;</p>"
    "<p>版权所有 澳门新葡京 技术支持 电话：400-000-0000</p></body></html>"
)


def write(target, name, data):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def warc_record(warc_type, rid, block, extra=()):
    head = f"WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: {rid}\r\n"
    for k, v in extra:
        head += f"{k}: {v}\r\n"
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http(body, content_type="text/html; charset=utf-8", headers=()):
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
    for k, v in headers:
        head += f"{k}: {v}\r\n"
    return head.encode() + b"\r\n" + body


def warcs():
    app = ("Content-Type", "application/http; msgtype=response")
    page = PAGE.encode()
    records = [
        warc_record("warcinfo", "<urn:info>", b"software: seeds\r\n"),
        warc_record("response", "<urn:r1>", http(page), [app, ("WARC-Target-URI", "http://a.cn/")]),
        warc_record("response", "<urn:r2>", http(NEWS.encode("gbk"), "text/html; charset=gbk"), [app]),
        warc_record("response", "<urn:r3>", http(b"5\r\n<p>hi\r\n0\r\n\r\n", headers=[("Transfer-Encoding", "chunked")]), [app]),
        warc_record("response", "<urn:r4>", http(gzip.compress(page, mtime=0), headers=[("Content-Encoding", "gzip")]), [app]),
        warc_record("resource", "<urn:r5>", page, [("Content-Type", "text/html")]),
        warc_record("conversion", "<urn:r6>", NEWS.encode()),
    ]
    return records


def main():
    if SEEDS.exists():
        shutil.rmtree(SEEDS)
    # html
    write("html", "page.html", PAGE)
    write("html", "gbk.html", ("<html><head><meta charset=gbk></head><body>" + NEWS + SPAM + "</body></html>").encode("gbk"))
    write("html", "broken.html", "<p>未闭合<div><a href='x>链接<script>alert(1)<!-- <title>t")
    write("html", "text.txt", NEWS + "\n" + SPAM)
    write("html", "damaged-utf8.html", PAGE.replace("<meta charset=\"utf-8\">", "").encode()[:600] + b"\xff" + PAGE.encode()[600:])
    # warc
    records = warcs()
    write("warc", "plain.warc", b"".join(records))
    write("warc", "members.warc.gz", b"".join(gzip.compress(r, mtime=0) for r in records))
    garbage = records[0] + b"junk between records\r\n" + records[1] + records[2].replace(b"Content-Length", b"Content-Lenght")
    write("warc", "garbage.warc", garbage + records[6])
    damaged = bytearray(b"".join(gzip.compress(r, mtime=0) for r in records))
    damaged[len(gzip.compress(records[0], mtime=0)) + 40] ^= 0x10
    write("warc", "damaged.warc.gz", bytes(damaged))
    # jsonl
    docs = [
        {"id": "a", "text": NEWS + SPAM},
        {"id": 7, "text": "转义\n\"引号\"\\u4e2d"},
        {"text": NEWS, "meta": {"x": [1, 2]}},
    ]
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    write("jsonl", "docs.jsonl", lines + "\n  \n{\"id\": \"broken\", \"text\": \n" + "{\"text\": 5}\r\n" + "x" * 300 + "\nlast")
    # compress: a control byte, then content
    write("compress", "text", b"\x03" + (NEWS * 4).encode())
    write("compress", "gzip-magic", b"\x11" + gzip.compress(NEWS.encode(), mtime=0))
    write("compress", "short", b"\x00\x1f\x8b")
    # csv_train: a control byte, then the CSV
    rows = ["text,label"] + [f"{NEWS}{i},genuine" for i in range(4)] + [f"{SPAM}{i},spam" for i in range(4)]
    csv = "\n".join(rows) + "\n"
    write("csv_train", "good.csv", b"\x00" + csv.encode())
    write("csv_train", "quoted.csv", b"\x01" + ("\ufefftext,label\n\"多行\n文本, 有逗号\",genuine\n" + SPAM + ",spam\n,genuine\nx,unknown\n").encode())
    write("csv_train", "bad-utf8.csv", b"\x03text,label\n\xff\xfe,spam\n" + NEWS.encode() + b",genuine\n")
    # spans: settings bytes (threshold, then four settings of two bytes), then a page
    settings = bytes([128, 2, 80, 2, 128, 2, 150, 2, 150])
    write("spans", "page", settings + PAGE.encode())
    write("spans", "extreme", bytes([0, 0, 0, 3, 255, 1, 1, 3, 255]) + (SPAM * 3).encode())
    write("spans", "text", bytes([255, 2, 10, 2, 20, 2, 30, 2, 40]) + (NEWS + "\n" + SPAM).encode())
    # scan: a control byte (kind + compression), then the content
    write("scan", "page", b"\x00" + PAGE.encode())
    write("scan", "warc", b"\x01" + b"".join(records))
    write("scan", "jsonl-gz", b"\x05" + lines.encode())
    write("scan", "warc-zst", b"\x07" + garbage)
    # model: a model trained here, as a whole file and as a bare payload
    binary = next((p for p in [ROOT / "target/release/spamscan-train", ROOT / "target/debug/spamscan-train"] if p.exists()), None)
    if binary:
        with tempfile.TemporaryDirectory() as tmp:
            csv_path = os.path.join(tmp, "t.csv")
            model_path = os.path.join(tmp, "t.model")
            pathlib.Path(csv_path).write_text(csv, encoding="utf-8")
            subprocess.run([str(binary), "-q", "--min-count", "1", csv_path, "-o", model_path], check=True)
            model = pathlib.Path(model_path).read_bytes()
        write("model", "whole", b"\x00" + model)
        write("model", "payload", b"\x01" + model[24:])
        write("model", "truncated", b"\x00" + model[:100])
    write("model", "junk", b"\x00SPAMSCAN\x02\x00\x00\x00")


if __name__ == "__main__":
    main()
