"""The datatrove block in a LocalPipelineExecutor on a JSONL fixture: what it
drops, cuts and records agrees with `spamscan scan` on the same file."""

import gzip
import json

import pytest
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from conftest import run_cli
from crawl_fixture import NEWS, QUIET, SPAM
from spamscan.datatrove import SpamscanFilter

DOCS = [
    {"id": "d1", "text": NEWS + SPAM + QUIET},
    {"id": "d2", "text": QUIET},
    {"id": "d3", "text": NEWS + "\n" + QUIET + "\n" + SPAM},
    {"id": "d4", "text": NEWS},
    {"id": "d5", "text": "香港马会资料大全，管家婆一码一肖，今晚必中四肖！新澳门六开彩开奖结果。"},
]


@pytest.fixture
def corpus(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "docs.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    reports = {}
    for line in run_cli("scan", "--quiet", data / "docs.jsonl")[1].splitlines():
        r = json.loads(line)
        reports[r["id"]] = r
    cleaned = {}
    for line in run_cli("scan", "--quiet", "--format", "clean", data / "docs.jsonl")[1].splitlines():
        c = json.loads(line)
        cleaned[c["id"]] = c
    return data, reports, cleaned


def read_docs(folder):
    docs = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            d = json.loads(line)
            docs[d["id"]] = d
    return docs


def run_pipeline(tmp_path, data, block):
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(data)), block, JsonlWriter(str(tmp_path / "kept"))],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    return read_docs(tmp_path / "kept"), read_docs(tmp_path / "removed")


def test_drop_mode_drops_what_scan_calls_polluted(tmp_path, corpus):
    data, reports, _ = corpus
    block = SpamscanFilter(exclusion_writer=JsonlWriter(str(tmp_path / "removed")), batch_size=2, threads=2)
    kept, removed = run_pipeline(tmp_path, data, block)
    polluted = {i for i, r in reports.items() if r["verdict"] == "polluted"}
    assert {"d1", "d5"} <= polluted and "d2" not in polluted
    assert set(removed) == polluted and set(kept) == set(reports) - polluted
    for doc in list(kept.values()) + list(removed.values()):
        meta = doc["metadata"]["spamscan"]
        want = dict(reports[doc["id"]])
        for key in ("id", "source"):
            want.pop(key)
        assert meta == want
        assert doc["text"] == next(d["text"] for d in DOCS if d["id"] == doc["id"])
    assert all(d["metadata"]["filter_reason"] == "spamscan_polluted" for d in removed.values())


def test_cut_mode_cuts_as_scan_clean_does(tmp_path, corpus):
    data, reports, cleaned = corpus
    block = SpamscanFilter(mode="cut", exclusion_writer=JsonlWriter(str(tmp_path / "removed")))
    kept, removed = run_pipeline(tmp_path, data, block)
    # A document cut down to nothing is dropped (datatrove can't write it).
    emptied = {i for i, c in cleaned.items() if not c["text"].strip()}
    assert emptied == {"d5"}
    assert set(removed) == emptied and set(kept) == set(reports) - emptied
    assert removed["d5"]["metadata"]["filter_reason"] == "spamscan_emptied"
    for i, doc in kept.items():
        assert doc["text"] == cleaned[i]["text"]
        meta = doc["metadata"]["spamscan"]
        for key in ("spans_removed", "chars_removed", "verdict", "score"):
            assert meta[key] == cleaned[i]["spamscan"][key], key
    assert sum(d["metadata"]["spamscan"]["chars_removed"] > 0 for d in kept.values()) >= 2


def test_cut_mode_drops_at_the_drop_threshold(tmp_path, corpus):
    data, reports, _ = corpus
    block = SpamscanFilter(mode="cut", drop_threshold=0.5,
                           exclusion_writer=JsonlWriter(str(tmp_path / "removed")))
    kept, removed = run_pipeline(tmp_path, data, block)
    assert set(removed) == {i for i, r in reports.items() if r["score"] >= 0.5}
    assert removed and kept
    # Dropped documents are written as they came, not cut.
    assert all(d["text"] == next(x["text"] for x in DOCS if x["id"] == i) for i, d in removed.items())


def test_annotate_mode_keeps_everything_and_settings_are_checked(tmp_path, corpus):
    data, reports, _ = corpus
    kept, _ = run_pipeline(tmp_path, data, SpamscanFilter(mode="annotate", threshold=0.9))
    assert set(kept) == set(reports)
    assert {d["metadata"]["spamscan"]["verdict"] for d in kept.values()} >= {"clean", "polluted"}
    with pytest.raises(ValueError, match="mode"):
        SpamscanFilter(mode="erase")
    with pytest.raises(ValueError, match="--threshold must be within"):
        SpamscanFilter(threshold=3.0)
