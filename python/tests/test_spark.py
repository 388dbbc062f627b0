"""The Spark job (examples/spark/spamscan_spark.py) in local[2] mode on a
small crawl: exactly the lines `spamscan scan` writes for the same inputs."""

import gzip
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from crawl_fixture import write_crawl, write_jsonl_only

JOB = REPO / "examples" / "spark" / "spamscan_spark.py"
SPARK_ENV = {"PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable,
             "SPARK_LOCAL_IP": "127.0.0.1"}


def load_job():
    spec = importlib.util.spec_from_file_location("spamscan_spark", JOB)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark():
    os.environ.update(SPARK_ENV)
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("spamscan-test")
               .config("spark.ui.enabled", "false").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def part_lines(output: Path):
    """The job's output lines, part files in order."""
    lines = []
    for part in sorted(output.glob("part-*")):
        data = part.read_bytes()
        if part.suffix == ".gz":
            data = gzip.decompress(data)
        lines += data.decode("utf-8").splitlines()
    return lines


def by_id(lines):
    return sorted(lines, key=lambda line: (json.loads(line).get("id", ""), line))


def listing(tmp_path, inputs):
    path = tmp_path / "listing.txt"
    path.write_text("".join(f"{p}\n" for p in inputs), encoding="utf-8")
    return path


def test_report_and_parquet_equal_cli_scan(spark, tmp_path):
    job = load_job()
    inputs = write_crawl(tmp_path / "in")
    _, out, _ = run_cli("scan", "--quiet", *inputs, check_codes=(2,))
    expected = out.splitlines()
    args = job.parse_args(["--input", str(listing(tmp_path, inputs)), "--output", str(tmp_path / "report"),
                           "--parquet", str(tmp_path / "report.parquet"), "--num-input-partitions", "2"])
    counts = job.run(spark, args)
    got = part_lines(tmp_path / "report")
    assert by_id(got) == by_id(expected)
    assert got == expected  # partitions are contiguous runs of the listing
    assert counts["documents"] == counts["rows"] == len(expected) and counts["balanced"]
    assert counts["errors"] == sum('"verdict":"error"' in line for line in expected) >= 2
    # The cut archive repeats record ids of the whole one: key by place too.
    def key(r):
        return r["id"], r["source"]["file"], r["source"]["offset"], r["source"]["line"]

    rows = spark.read.parquet(str(tmp_path / "report.parquet")).collect()
    table = {key(row): row for row in rows}
    assert len(rows) == len(table) == len(expected)
    for line in expected:
        want = json.loads(line)
        want["source"] = {"offset": None, "line": None, **want["source"]}
        row = table[key(want)]
        assert row["verdict"] == want["verdict"] and row["score"] == want.get("score")
        assert row["source"]["file"] == want["source"]["file"]
        assert [s["text"] for s in row["spans"] or []] == [s["text"] for s in want.get("spans", [])]


def test_clean_and_dolma_equal_cli_scan(spark, tmp_path):
    job = load_job()
    inputs = write_crawl(tmp_path / "in")
    _, out, _ = run_cli("scan", "--quiet", "--format", "clean", "--drop-threshold", "0.99", *inputs,
                        check_codes=(2,))
    args = job.parse_args(["--input", str(listing(tmp_path, inputs)), "--output", str(tmp_path / "clean"),
                           "--format", "clean", "--drop-threshold", "0.99", "--output-compression", "gzip"])
    counts = job.run(spark, args)
    assert by_id(part_lines(tmp_path / "clean")) == by_id(out.splitlines())
    assert counts["dropped"] > 0 and counts["documents"] == counts["rows"] + counts["dropped"]

    jsonl = write_jsonl_only(tmp_path / "docs")
    run_cli("scan", "--quiet", "--format", "dolma", "--output-dir", tmp_path / "cli", *jsonl, check_codes=(2,))
    args = job.parse_args(["--input", str(listing(tmp_path, jsonl)), "--output", str(tmp_path / "dolma"),
                           "--format", "dolma"])
    counts = job.run(spark, args)
    for path in jsonl:
        got, want = (tmp_path / d / path.name for d in ("dolma", "cli"))
        decode = gzip.decompress if path.suffix == ".gz" else (lambda b: b)
        assert decode(got.read_bytes()) == decode(want.read_bytes()), path.name
    assert counts["balanced"] and counts["rows"] == counts["documents"] > 0


def test_missing_input_is_an_error_row(spark, tmp_path):
    job = load_job()
    missing = tmp_path / "gone.warc.gz"
    args = job.parse_args(["--input", str(listing(tmp_path, [missing])), "--output", str(tmp_path / "out")])
    counts = job.run(spark, args)
    (row,) = [json.loads(line) for line in part_lines(tmp_path / "out")]
    assert row["verdict"] == "error" and row["source"]["file"] == str(missing)
    assert counts["errors"] == counts["documents"] == counts["rows"] == 1


def test_spark_submit_as_in_the_readme(tmp_path):
    """The README's command: spark-submit, local[2], a listing with a WARC and JSONL."""
    inputs = write_crawl(tmp_path / "in")
    spark_submit = Path(sys.executable).parent / "spark-submit"
    stats = tmp_path / "stats.json"
    proc = subprocess.run(
        [str(spark_submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false", str(JOB),
         "--input", str(listing(tmp_path, inputs)), "--output", str(tmp_path / "report"),
         "--stats-json", str(stats)],
        capture_output=True, env={**os.environ, **SPARK_ENV}, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    _, out, _ = run_cli("scan", "--quiet", *inputs, check_codes=(2,))
    assert by_id(part_lines(tmp_path / "report")) == by_id(out.splitlines())
    # spark-submit's Python runner merges the driver's stderr into stdout.
    assert "documents in 24 = rows out 24" in proc.stdout.decode() + proc.stderr.decode()
    assert json.loads(stats.read_text())["balanced"] is True
