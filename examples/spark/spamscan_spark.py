#!/usr/bin/env python3
"""spamscan over a crawl with PySpark, in the cc-pyspark way.

The input is a listing: a text file (any path Spark reads) with one input
per line, a WARC/WET archive (plain or gzip, as Common Crawl writes them) or
a JSONL file (plain, .gz or .zst), local or remote (``s3://``, ``http(s)://``,
or relative to ``--input-base-url``, like Common Crawl's ``warc.paths.gz``).
The listing is split into partitions; each partition makes one
``spamscan.Detector`` and scans its inputs with the same readers as
``spamscan scan`` (remote inputs are downloaded to a temporary file first),
so every output line is the line ``spamscan scan`` writes for that document,
``source.file`` being the listing line as written.

Outputs (``--format``):

* ``report`` (default): report JSONL (part files under ``--output``), and
  with ``--parquet DIR`` the same reports as a typed Parquet table;
* ``clean``: the documents with their polluted body spans cut out (JSONL);
* ``dolma``: Dolma attribute files, one per input JSONL file, mirrored under
  ``--output`` (a filesystem path every executor can write: local in local
  mode, a shared mount on a cluster), as ``spamscan scan --format dolma``.

No document is lost: documents in = rows out (+ dropped with
``--drop-threshold``); a document or input that can't be read is an error
row. The driver prints the counts and exits 2 if they don't balance.

    spark-submit --master 'local[2]' examples/spark/spamscan_spark.py \\
        --input listing.txt --output out/report --parquet out/report.parquet
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

DETECTOR_OPTIONS = ("threshold", "bias", "switch_penalty", "max_llr", "split_penalty", "encoding")
REMOTE_SCHEMES = ("http", "https", "s3", "s3a")
COUNTS = ("inputs", "documents", "polluted", "clean", "errors", "dropped", "rows")


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="listing: one WARC/WET/JSONL path or URI per line")
    p.add_argument("--output", required=True, help="output directory (must not exist for report/clean)")
    p.add_argument("--format", choices=("report", "clean", "dolma"), default="report")
    p.add_argument("--parquet", help="with --format report: also write the reports as Parquet here")
    p.add_argument("--input-base-url", help="prefix for relative listing lines, e.g. s3://commoncrawl/")
    p.add_argument("--num-input-partitions", type=int, help="partitions (default: one per input, at most 10,000)")
    p.add_argument("--output-compression", choices=("none", "gzip"), default="none")
    p.add_argument("--threads-per-task", type=int, default=1, help="scan threads in each task (default 1)")
    p.add_argument("--stats-json", help="write the counts as JSON to this local file")
    p.add_argument("--master", help="Spark master when run without spark-submit, e.g. local[2]")
    p.add_argument("--model", help="model file, readable on every executor (default: the shipped model)")
    for name in DETECTOR_OPTIONS:
        p.add_argument("--" + name.replace("_", "-"), type=str if name == "encoding" else float)
    p.add_argument("--max-doc-bytes", type=int)
    p.add_argument("--text-field", default="text")
    p.add_argument("--id-field", default="id")
    p.add_argument("--attribute-prefix", default="spamscan")
    p.add_argument("--drop-threshold", type=float)
    args = p.parse_args(argv)
    if args.parquet and args.format != "report":
        p.error("--parquet is only for --format report")
    if args.drop_threshold is not None and args.format != "clean":
        p.error("--drop-threshold is only for --format clean")
    if args.format == "dolma" and urllib.parse.urlparse(args.output).scheme not in ("", "file"):
        p.error("--format dolma writes attribute files itself: --output must be a filesystem path")
    return args


def resolve(entry: str, base: Optional[str]) -> str:
    """The location of a listing line: itself, or joined to the base URL."""
    if base and not urllib.parse.urlparse(entry).scheme and not entry.startswith("/"):
        return base.rstrip("/") + "/" + entry.lstrip("/")
    return entry


def relative_name(entry: str) -> str:
    """Where a listing line's attribute file goes below --output (dolma):
    a relative line keeps its path (Common Crawl's crawl-data/...), anything
    else its file name, as `spamscan scan --output-dir` does for named files."""
    parsed = urllib.parse.urlparse(entry)
    if not parsed.scheme and not entry.startswith("/"):
        return os.path.normpath(entry)
    return os.path.basename(parsed.path)


def download(uri: str, into: str) -> str:
    """Copies a remote input to a local temporary file; returns its path."""
    parsed = urllib.parse.urlparse(uri)
    local = os.path.join(into, os.path.basename(parsed.path) or "input")
    if parsed.scheme in ("s3", "s3a"):
        import boto3  # only needed for s3:// inputs, as in cc-pyspark

        boto3.client("s3").download_file(parsed.netloc, parsed.path.lstrip("/"), local)
    else:
        with urllib.request.urlopen(uri, timeout=600) as response, open(local, "wb") as out:
            shutil.copyfileobj(response, out, 1 << 20)
    return local


def error_row(name: str, message: str) -> str:
    """The error line `spamscan scan` writes for an input it can't open."""
    return json.dumps(
        {"id": name, "source": {"file": name}, "verdict": "error", "error": message},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def add_summary(counts: Dict[str, int], summary: Dict[str, Any]) -> None:
    for key in ("documents", "polluted", "clean", "errors", "dropped"):
        counts[key] += summary[key]


def scan_partition(
    index: int, entries: Iterable[str], conf: Dict[str, Any], counts_acc: Any
) -> Iterator[str]:
    """One task: one Detector, the partition's inputs scanned in listing
    order; yields output lines (none for dolma, which writes files)."""
    import spamscan

    detector = spamscan.Detector(conf["model"], **conf["detector"])
    counts = dict.fromkeys(COUNTS, 0)
    scan_options = conf["scan"]
    dolma = scan_options["format"] == "dolma"

    def scan(inputs: List[Tuple[str, str, str]]) -> Iterator[str]:
        if not inputs:
            return
        if dolma:
            summary = detector.scan_to(inputs, output_dir=conf["output"], **scan_options)
            counts["rows"] += summary["lines_out"]
        else:
            lines = detector.scan(inputs, **scan_options)
            for line in lines:
                counts["rows"] += 1
                yield line
            summary = lines.summary
        add_summary(counts, summary)

    # Local inputs go to the scanner together (one scan, however many small
    # files); remote ones one at a time, each downloaded first.
    local: List[Tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="spamscan-spark-") as tmp:
        for entry in entries:
            entry = entry.strip()
            if not entry:
                continue
            counts["inputs"] += 1
            uri = resolve(entry, conf["base"])
            parsed = urllib.parse.urlparse(uri)
            if parsed.scheme not in REMOTE_SCHEMES:
                path = parsed.path if parsed.scheme == "file" else uri
                local.append((path, entry, relative_name(entry)))
                continue
            yield from scan(local)
            local = []
            try:
                path = download(uri, tmp)
            except Exception as e:  # any failure to fetch is that input's error row
                counts["documents"] += 1
                counts["errors"] += 1
                if dolma:
                    print(error_row(entry, f"cannot download: {e}"), file=sys.stderr)
                else:
                    counts["rows"] += 1
                    yield error_row(entry, f"cannot download: {e}")
                continue
            yield from scan([(path, entry, relative_name(entry))])
            os.remove(path)
        yield from scan(local)
    # Keyed by partition: a retried or speculative task replaces its counts
    # instead of adding them twice.
    counts_acc.add({index: counts})


def report_schema():
    """The Parquet schema of report lines (error lines leave score etc. null)."""
    from pyspark.sql.types import (
        ArrayType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    span = StructType(
        [
            StructField("field", StringType()),
            StructField("start", LongType()),
            StructField("end", LongType()),
            StructField("text", StringType()),
            StructField("score", DoubleType()),
            StructField("kind", StringType()),
            StructField("block", LongType()),
            StructField(
                "html", StructType([StructField("start", LongType()), StructField("end", LongType())])
            ),
        ]
    )
    source = StructType(
        [
            StructField("file", StringType()),
            StructField("offset", LongType()),
            StructField("member_offset", LongType()),
            StructField("line", LongType()),
        ]
    )
    return StructType(
        [
            StructField("id", StringType()),
            StructField("verdict", StringType()),
            StructField("score", DoubleType()),
            StructField("title", StringType()),
            StructField("chars", LongType()),
            StructField("spans", ArrayType(span)),
            StructField("url", StringType()),
            StructField("source", source),
            StructField("error", StringType()),
        ]
    )


def run(spark: Any, args: argparse.Namespace) -> Dict[str, Any]:
    """Runs the job on a Spark session; returns the counts."""
    from pyspark import AccumulatorParam, StorageLevel

    class PartitionCounts(AccumulatorParam):
        def zero(self, value):
            return {}

        def addInPlace(self, a, b):
            a.update(b)
            return a

    sc = spark.sparkContext
    entries = [line.strip() for line in sc.textFile(args.input).collect() if line.strip()]
    if args.format == "dolma":
        seen: Dict[str, str] = {}
        for entry in entries:
            rel = relative_name(entry)
            if rel in seen:
                raise SystemExit(
                    f"spamscan-spark: {seen[rel]} and {entry} would write the same attribute file {rel}"
                )
            seen[rel] = entry
    conf = {
        "model": args.model,
        "detector": {
            name: getattr(args, name) for name in DETECTOR_OPTIONS if getattr(args, name) is not None
        },
        "scan": {
            "format": args.format,
            "threads": args.threads_per_task,
            "max_doc_bytes": args.max_doc_bytes,
            "text_field": args.text_field,
            "id_field": args.id_field,
            "attribute_prefix": args.attribute_prefix,
            "drop_threshold": args.drop_threshold,
        },
        "base": args.input_base_url,
        "output": args.output,
    }
    # Fail on the driver, with the CLI's message, before any task starts.
    import spamscan

    spamscan.Detector(args.model, **conf["detector"])
    partitions = args.num_input_partitions or min(max(len(entries), 1), 10_000)
    counts_acc = sc.accumulator({}, PartitionCounts())
    started = time.time()
    rdd = sc.parallelize(entries, partitions).mapPartitionsWithIndex(
        lambda i, part: scan_partition(i, part, conf, counts_acc)
    )
    if args.format == "dolma":
        os.makedirs(args.output, exist_ok=True)
        rdd.foreach(lambda _: None)
    else:
        if args.parquet:
            rdd = rdd.persist(StorageLevel.MEMORY_AND_DISK)
        codec = "org.apache.hadoop.io.compress.GzipCodec" if args.output_compression == "gzip" else None
        rdd.saveAsTextFile(args.output, codec)
        if args.parquet:
            spark.read.schema(report_schema()).json(rdd).write.parquet(args.parquet)
            rdd.unpersist()
    seconds = time.time() - started
    counts = dict.fromkeys(COUNTS, 0)
    for part in counts_acc.value.values():
        for key in COUNTS:
            counts[key] += part[key]
    counts["balanced"] = counts["documents"] == counts["rows"] + counts["dropped"]
    counts["seconds"] = seconds
    counts["docs_per_second"] = counts["documents"] / seconds if seconds > 0 else 0.0
    return counts


def print_counts(c: Dict[str, Any], cores: int) -> None:
    scanned = c["polluted"] + c["clean"]
    share = 100.0 * c["polluted"] / scanned if scanned else 0.0
    err = sys.stderr
    print(
        f"spamscan-spark: {c['documents']} documents from {c['inputs']} inputs: "
        f"{c['polluted']} polluted ({share:.2f}%), {c['clean']} clean, {c['errors']} errors",
        file=err,
    )
    balance = f"spamscan-spark: documents in {c['documents']} = rows out {c['rows']}"
    if c["dropped"]:
        balance += f" + dropped {c['dropped']}"
    if not c["balanced"]:
        balance += "  MISMATCH: documents were lost"
    print(balance, file=err)
    print(
        f"spamscan-spark: {c['seconds']:.2f} s, {c['docs_per_second']:.0f} docs/s on {cores} cores",
        file=err,
    )


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("spamscan")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        counts = run(spark, args)
        print_counts(counts, spark.sparkContext.defaultParallelism)
    finally:
        spark.stop()
    if args.stats_json:
        with open(args.stats_json, "w", encoding="utf-8") as f:
            json.dump(counts, f, indent=2)
            f.write("\n")
    return 0 if counts["balanced"] else 2


if __name__ == "__main__":
    sys.exit(main())
