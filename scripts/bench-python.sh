#!/usr/bin/env bash
# Benchmark the Python package against the CLI (a benchmark, not a test), on
# the bench corpus of scripts/bench.sh (generated here if missing):
#   1. `spamscan scan -j1` pinned to one core, and Detector.score_batch(threads=1)
#      and Detector.scan(threads=1) pinned to the same core, on the same pages
#      (score_batch is timed on pages already read into memory; reading them
#      is timed apart);
#   2. `spamscan scan -j2` and the Spark job (examples/spark) in local[2] on
#      the page directory named BENCH_SPARK_X times (default 5) over, as a
#      listing of files in BENCH_SPARK_PARTITIONS (default 8) partitions.
# Uses the venv of scripts/test-python.sh (target/python-venv, made by it if
# missing) and a release CLI. Environment: SPAMSCAN_CACHE, BENCH_MB (100),
# BENCH_ROUNDS (default 1: each round runs every pipeline once, in turn, so
# that on a busy machine the best round of each compares like with like).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
work="$cache/bench"
mb="${BENCH_MB:-100}"
spark_x="${BENCH_SPARK_X:-5}"
partitions="${BENCH_SPARK_PARTITIONS:-8}"
rounds="${BENCH_ROUNDS:-1}"
venv="$repo/target/python-venv"
cd "$repo"
say() { echo "bench-python: $*" >&2; }

if [[ ! -f "$work/.corpus-$mb" ]]; then
    rm -rf "$work/pages" "$work"/.corpus-* "$work/pages.warc.gz"
    mkdir -p "$work"
    corpus_args=()
    [[ -f "$cache/pd199801.tsv" ]] && corpus_args=(--corpus "$cache/pd199801.tsv")
    python3 scripts/gen-bench-pages.py --out "$work" --mb "$mb" --warc-mb 20 "${corpus_args[@]}"
    touch "$work/.corpus-$mb"
fi
pages="$work/pages"

say "building the release CLI and the wheel"
cargo build --release --quiet --locked --bin spamscan
bin="$repo/target/release/spamscan"
if ! "$venv/bin/python" -c "import spamscan, pyspark" 2>/dev/null; then
    scripts/test-python.sh
fi
py="$venv/bin/python"

dirs=()
for _ in $(seq "$spark_x"); do dirs+=("$pages"); done
listing="$work/spark-listing.txt"
"$py" - "$pages" "$spark_x" "$listing" <<'PY'
import sys
from pathlib import Path
files = sorted(str(p) for p in Path(sys.argv[1]).rglob("*") if p.is_file())
Path(sys.argv[3]).write_text("".join(f"{f}\n" for f in files) * int(sys.argv[2]))
PY
for r in $(seq "$rounds"); do
    say "round $r of $rounds"
    say "scan -j1 (pinned to core 0)"
    /usr/bin/time -f '%U %S' -o "$work/py-j1-cpu.$r.txt" \
        taskset -c 0 "$bin" scan -j1 --quiet --stats-json "$work/py-j1.$r.stats.json" -o "$work/py-j1.jsonl" "$pages" || [[ $? == 1 ]]

    say "score_batch and Detector.scan, threads=1 (pinned to core 0)"
    taskset -c 0 "$py" - "$pages" "$work/py-batch.$r.json" <<'PY'
import json, sys, time
from pathlib import Path
import spamscan

pages, out = Path(sys.argv[1]), sys.argv[2]
started = time.perf_counter()
files = sorted(p for p in pages.rglob("*") if p.is_file())
docs = [{"html": p.read_bytes(), "id": str(p)} for p in files]
read = time.perf_counter() - started
html = sum(len(d["html"]) for d in docs)
detector = spamscan.Detector()
started, cpu = time.perf_counter(), time.process_time()
reports = detector.score_batch(docs, threads=1)
batch, batch_cpu = time.perf_counter() - started, time.process_time() - cpu
started = time.perf_counter()
lines = detector.scan([str(pages)], threads=1)
n = sum(1 for _ in lines)
scan = time.perf_counter() - started
json.dump({"docs": len(docs), "html_bytes": html, "read_seconds": read, "batch_seconds": batch,
           "batch_cpu_seconds": batch_cpu,
           "scan_seconds": scan, "scan_docs": n,
           "polluted": sum(r["verdict"] == "polluted" for r in reports)}, open(out, "w"))
PY

    say "scan -j2 and the Spark job, the pages $spark_x times over"
    "$bin" scan -j2 --quiet --stats-json "$work/py-j2.$r.stats.json" -o "$work/py-j2.jsonl" "${dirs[@]}" || [[ $? == 1 ]]
    rm -rf "$work/spark-out"
    started=$(date +%s.%N)
    PYSPARK_PYTHON="$py" SPARK_LOCAL_IP=127.0.0.1 "$venv/bin/spark-submit" --master 'local[2]' \
        --conf spark.ui.enabled=false --driver-memory 2g examples/spark/spamscan_spark.py \
        --input "$listing" --output "$work/spark-out" --num-input-partitions "$partitions" \
        --stats-json "$work/py-spark.$r.stats.json" 2>"$work/spark.log" | grep spamscan-spark >&2
    ended=$(date +%s.%N)
    echo "{\"wall_seconds\": $(echo "$ended - $started" | bc)}" >"$work/py-spark-wall.$r.json"
    rm -rf "$work/spark-out" "$work/py-j1.jsonl" "$work/py-j2.jsonl"
done

say "per core, in turn on core 0: scan -j1 against score_batch (all pages in one call, and 1,024 a call), CPU seconds"
taskset -c 0 "$py" - "$pages" "$bin" "$work/py-ab.json" <<'PY'
import json, resource, subprocess, sys, time
from pathlib import Path
import spamscan

pages, cli, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
docs = [{"html": p.read_bytes(), "id": str(p)} for p in sorted(pages.rglob("*")) if p.is_file()]
detector = spamscan.Detector()


def scan_j1():
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # -o writes a temporary file beside its target and renames it: a plain file.
    subprocess.run([cli, "scan", "-j1", "--quiet", "-o", out + ".jsonl", str(pages)])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def batch(size):
    started = time.process_time()
    for i in range(0, len(docs), size):
        detector.score_batch(docs[i : i + size], threads=1)
    return time.process_time() - started


rounds = [{"scan_j1": scan_j1(), "batch_all": batch(len(docs)), "batch_1024": batch(1024)} for _ in range(3)]
json.dump({"docs": len(docs), "rounds": rounds}, open(out, "w"))
Path(out + ".jsonl").unlink()
PY

"$py" - "$work" "$rounds" <<'PY'
import json, sys
from pathlib import Path
w, rounds = Path(sys.argv[1]), int(sys.argv[2])
load = lambda name: json.loads((w / name).read_text())
best = {}
for r in range(1, rounds + 1):
    j1, b = load(f"py-j1.{r}.stats.json"), load(f"py-batch.{r}.json")
    j2, sp = load(f"py-j2.{r}.stats.json"), load(f"py-spark.{r}.stats.json")
    # CPU seconds, the measure of "per core" that holds on a machine others share.
    j1_cpu = sum(map(float, (w / f"py-j1-cpu.{r}.txt").read_text().split()[-2:]))
    cpu = (j1["documents"] / j1_cpu, b["docs"] / b["batch_cpu_seconds"])
    best["cpu"] = max(best.get("cpu", 0.0), cpu[1] / cpu[0])
    wall = load(f"py-spark-wall.{r}.json")["wall_seconds"]
    assert b["docs"] == j1["documents"] == b["scan_docs"], (b, j1["documents"])
    assert sp["documents"] == j2["documents"] and sp["balanced"], (sp, j2["documents"])
    rows = [
        ("spamscan scan -j1 (pinned)", 1, j1["documents"], j1["seconds"]),
        ("Detector.score_batch(threads=1), pages in memory", 1, b["docs"], b["batch_seconds"]),
        ("Detector.scan(threads=1), the page directory", 1, b["scan_docs"], b["scan_seconds"]),
        (f"spamscan scan -j2, pages x{sp['documents'] // j1['documents']}", 2, j2["documents"], j2["seconds"]),
        ("Spark job, local[2], job time", 2, sp["documents"], sp["seconds"]),
        ("Spark job, local[2], spark-submit wall time", 2, sp["documents"], wall),
    ]
    print(f"\nround {r}: {b['docs']} pages, {b['html_bytes'] / 1e6:.1f} MB of HTML "
          f"(reading them into memory: {b['read_seconds']:.2f} s)\n")
    print(f"| {'run':<50} | cores | docs | seconds | docs/s |")
    print(f"| {'-' * 50} | ----- | ---- | ------- | ------ |")
    for label, cores, docs, secs in rows:
        rate = docs / secs
        best[label] = max(best.get(label, 0.0), rate)
        print(f"| {label:<50} | {cores:>5} | {docs:>6} | {secs:>7.2f} | {rate:>6.0f} |")
    print(f"\nper CPU second: scan -j1 {cpu[0]:.0f} docs, score_batch {cpu[1]:.0f} docs ({cpu[1] / cpu[0]:.3f})")
ab = load("py-ab.json")
print(f"\nper CPU second, in turn on one core ({ab['docs']} pages):")
for i, r in enumerate(ab["rounds"], 1):
    j1 = ab["docs"] / r["scan_j1"]
    print(f"  round {i}: scan -j1 {j1:.0f} docs, score_batch all at once {ab['docs'] / r['batch_all']:.0f} "
          f"({r['scan_j1'] / r['batch_all']:.3f}), 1,024 a call {ab['docs'] / r['batch_1024']:.0f} "
          f"({r['scan_j1'] / r['batch_1024']:.3f})")
labels = [label for label in best if label != "cpu"]
ratio = lambda a, b: best[labels[a]] / best[labels[b]]
print(f"\nbest of {rounds}: score_batch / scan -j1 per core {ratio(1, 0):.3f}, "
      f"Detector.scan / scan -j1 {ratio(2, 0):.3f}, Spark job / scan -j2 {ratio(4, 3):.3f} "
      f"(spark-submit wall time: {ratio(5, 3):.3f}); score_batch / scan -j1 per CPU second {best['cpu']:.3f}")
PY
