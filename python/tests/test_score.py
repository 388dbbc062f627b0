"""Detector.score / score_batch / clean against `spamscan score --json` and
`spamscan scan` from the same tree: the same objects, key for key."""

import json
import threading
import time

import pytest

import spamscan
from conftest import cli_json_lines, run_cli

READABLE = lambda p: p.suffix != ".gif"  # noqa: E731


def readable_pages(pages):
    return [p for p in sorted(pages.iterdir()) if READABLE(p)]


def check_offsets(report):
    """Every body span slices the emitted text."""
    for s in report["spans"]:
        if s["field"] == "body":
            assert report["text"][s["start"] : s["end"]] == s["text"], s


def test_score_equals_cli_on_every_page(pages, detector):
    names = readable_pages(pages)
    assert len(names) >= 15
    expected = cli_json_lines("score", "--json", "--emit-text", *names)
    assert len(expected) == len(names)
    kinds = set()
    for path, cli in zip(names, expected):
        got = detector.score(html=path.read_bytes(), id=str(path), emit_text=True)
        assert got == cli, path.name
        assert list(got) == list(cli), "same keys in the same order"
        check_offsets(got)
        kinds |= {s["kind"] for s in got["spans"]}
    # The fixture set exercises every structural kind, not only the model's.
    assert {"gambling", "hidden", "meta", "template", "stuffing", "link"} <= kinds


def test_text_pages_as_text_equal_cli(pages, detector):
    for path in sorted(pages.glob("*.txt")):
        (cli,) = cli_json_lines("score", "--json", "--emit-text", path)
        text = cli["text"]
        assert detector.score(text=text, id=str(path), emit_text=True) == cli
        # The same text given as a str through html= (read as UTF-8).
        assert detector.score(html=text, id=str(path), emit_text=True) == cli


def test_str_html_is_read_as_utf8_whatever_its_meta_says(pages, detector):
    path = pages / "gbk-meta.html"
    (cli,) = cli_json_lines("score", "--json", path)
    decoded = path.read_bytes().decode("gbk")
    assert detector.score(html=decoded, id=str(path)) == cli


def test_blatant_pages_have_the_obvious_verdicts(pages, detector):
    def verdict(name):
        return detector.score(html=(pages / name).read_bytes())["verdict"]

    for name in ("injected-inline.html", "gbk-meta.html", "gbk-detected.html", "hidden-block.html"):
        assert verdict(name) == "polluted", name
    for name in ("clean-news.html", "clean-gbk.html", "clean.txt", "empty.html"):
        assert verdict(name) == "clean", name


def test_cli_settings_map_to_detector_settings(pages):
    flags = ["--threshold", "0.9", "--bias", "1.2", "--switch-penalty", "8",
             "--max-llr", "5", "--split-penalty", "4", "--min-support", "3", "--encoding", "gbk"]
    tuned = spamscan.Detector(threshold=0.9, bias=1.2, switch_penalty=8, max_llr=5,
                              split_penalty=4, min_support=3, encoding="gbk")
    names = [pages / n for n in ("gbk-meta.html", "gbk-detected.html", "clean-gbk.html", "stuffing.html")]
    expected = cli_json_lines("score", "--json", *flags, *names)
    for path, cli in zip(names, expected):
        assert tuned.score(html=path.read_bytes(), id=str(path)) == cli, path.name
    assert tuned.settings["encoding"] == "GBK"
    assert spamscan.Detector().settings["threshold"] == 0.5


def test_model_path_and_title(pages, tmp_path):
    model = tmp_path / "copy.model"
    from conftest import REPO

    model.write_bytes((REPO / "models" / "default.model").read_bytes())
    path = pages / "injected-inline.html"
    (cli,) = cli_json_lines("score", "--json", "--model", model, path)
    assert spamscan.Detector(str(model)).score(html=path.read_bytes(), id=str(path)) == cli
    got = spamscan.Detector(model).score(text="市民周末可入园游览。", title="新澳门六开彩开奖结果")
    assert got["title"] == "新澳门六开彩开奖结果"
    assert any(s["field"] == "title" for s in got["spans"])


def test_errors_carry_the_cli_messages(pages, tmp_path, detector):
    gif = pages / "image.gif"
    code, _, err = run_cli("score", "--json", gif, check_codes=(2,))
    with pytest.raises(spamscan.DocumentError) as e:
        detector.score(html=gif.read_bytes(), id=str(gif))
    assert "spamscan: error: " + str(e.value) == err.strip()

    page = pages / "clean-news.html"
    _, _, err = run_cli("score", "--max-doc-bytes", "100", page, check_codes=(2,))
    with pytest.raises(spamscan.DocumentError) as e:
        spamscan.Detector(max_doc_bytes=100).score(html=page.read_bytes(), id=str(page))
    assert "spamscan: error: " + str(e.value) == err.strip()

    for flags, kwargs in [
        (["--threshold", "2"], {"threshold": 2.0}),
        (["--bias=-1"], {"bias": -1.0}),
        (["--encoding", "klingon"], {"encoding": "klingon"}),
    ]:
        _, _, err = run_cli("score", *flags, page, check_codes=(2,))
        with pytest.raises(ValueError) as e:
            spamscan.Detector(**kwargs)
        assert "spamscan: error: " + str(e.value) == err.strip()

    broken = tmp_path / "broken.model"
    broken.write_bytes(b"SPAMSCAN" + b"\0" * 40)
    for model in (broken, tmp_path / "missing.model"):
        _, _, err = run_cli("score", "--model", model, page, check_codes=(2,))
        with pytest.raises(spamscan.ModelError) as e:
            spamscan.Detector(str(model))
        assert "spamscan: error: " + str(e.value) == err.strip()

    with pytest.raises(ValueError):
        detector.score()
    with pytest.raises(ValueError):
        detector.score(text="a", html="b")
    with pytest.raises(TypeError):
        detector.score(text=b"bytes")


def test_score_batch_equals_score_on_any_thread_count(pages, detector):
    names = readable_pages(pages)
    docs = [{"html": p.read_bytes(), "id": str(p)} for p in names]
    docs += [p.read_text(encoding="utf-8") for p in sorted(pages.glob("*.txt")) if "gbk" not in p.name]
    docs.append({"text": "新闻正文。", "title": "标题", "id": 7})
    single = [
        detector.score(html=d["html"], id=d["id"], emit_text=True) if isinstance(d, dict) and "html" in d
        else detector.score(text=d, emit_text=True) if isinstance(d, str)
        else detector.score(text=d["text"], title=d["title"], id=str(d["id"]), emit_text=True)
        for d in docs
    ]
    for threads in (1, 2, 3):
        assert detector.score_batch(docs, threads=threads, emit_text=True) == single
    assert detector.score_batch([]) == []


def test_score_batch_errors_raise_or_report(pages, detector):
    gif = (pages / "image.gif").read_bytes()
    docs = ["新闻正文。", {"html": gif, "id": "a.gif"}, "另一篇。"]
    with pytest.raises(spamscan.DocumentError, match=r"docs\[1\]: a.gif: input looks binary"):
        detector.score_batch(docs)
    got = detector.score_batch(docs, errors="report")
    assert got[1]["verdict"] == "error" and got[1]["id"] == "a.gif"
    assert got[1]["error"].startswith("input looks binary, not text")
    assert got[0] == detector.score(text="新闻正文。") and got[2]["verdict"] == "clean"
    with pytest.raises(TypeError, match=r"docs\[0\]"):
        detector.score_batch([42])
    with pytest.raises(ValueError, match="unknown key"):
        detector.score_batch([{"body": "x"}])
    with pytest.raises(ValueError):
        detector.score_batch(["x"], threads=0)


def test_score_batch_releases_the_gil(pages, detector):
    """Another Python thread keeps running while a batch is scored."""
    docs = [(pages / "injected-inline.html").read_bytes()] * 400
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=tick)
    t.start()
    time.sleep(0.01)
    start = time.perf_counter()
    detector.score_batch(docs, threads=1)
    end = time.perf_counter()
    stop.set()
    t.join()
    during = [x for x in ticks if start < x < end]
    # Held GIL: no tick at all between start and end. Released: one a few ms.
    assert len(during) >= 5, (len(during), end - start)


def jsonl_docs(pages):
    docs = []
    for i, path in enumerate(sorted(pages.glob("*.txt"))):
        text = path.read_bytes().decode("gbk" if "gbk" in path.name else "utf-8")
        docs.append({"id": f"t{i}", "text": text, "meta": {"file": path.name}})
    for i, path in enumerate(sorted(pages.glob("*.html"))):
        (rep,) = cli_json_lines("score", "--json", "--emit-text", path)
        docs.append({"text": rep["text"], "id": f"h{i}"})
    return docs


def test_clean_equals_scan_clean(pages, detector, tmp_path):
    docs = jsonl_docs(pages)
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    lines = cli_json_lines("scan", "--quiet", "--format", "clean", jsonl)
    reports = cli_json_lines("scan", "--quiet", jsonl)
    assert len(lines) == len(docs)
    cut = 0
    batch = detector.clean_batch(docs_for_clean := [{"text": d["text"], "id": d["id"]} for d in docs], threads=2)
    for doc, line, report, batched in zip(docs, lines, reports, batch):
        cleaned, got = detector.clean(doc["text"], id=doc["id"])
        assert cleaned == line["text"]
        assert got["verdict"] == line["spamscan"]["verdict"] == report["verdict"]
        assert got["score"] == line["spamscan"]["score"]
        assert got["spans"] == report["spans"]
        assert batched == (cleaned, got)
        cut += line["spamscan"]["chars_removed"]
        assert len(doc["text"]) - len(cleaned) == line["spamscan"]["chars_removed"]
    assert cut > 0
    assert len(docs_for_clean) == len(batch)
