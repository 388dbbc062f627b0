#!/usr/bin/env bash
# Benchmark `spamscan scan` (a benchmark, not a test), on two mixes of pages:
# today's (a third polluted, as scripts/gen-bench-pages.py writes by default)
# and a crawl-like one (BENCH_POLLUTED of the pages polluted, default 0.03):
#   1. generate >= 100 MB of HTML news pages per mix, that share with gambling
#      injections (scripts/gen-bench-pages.py; article text from the cached
#      People's Daily corpus when scripts/fetch-corpus.sh has fetched it), also
#      as a gzip WARC;
#   2. build release and time `spamscan scan` on one core (-j1, pinned with
#      taskset) and on all cores, under /usr/bin/time -v (peak RSS);
#   3. peak RSS at 1x and 10x the input (the page directory named 10 times; the
#      WARC concatenated 10 times), to show memory does not grow with input
#      (today's mix);
#   4. `cargo bench --bench stages` per mix: the hot stages and raw jieba-rs
#      segmentation (no HMM) of the same extracted text;
#   5. the Python baseline (scikit-learn MultinomialNB + jieba, one core) in a
#      venv under the cache (pip install scikit-learn jieba): end to end on the
#      same HTML pages (stdlib html.parser), and on the already extracted text
#      (today's mix).
# Prints a table per mix. Environment: SPAMSCAN_CACHE (cache dir), BENCH_MB
# (HTML megabytes per mix, default 100), BENCH_POLLUTED (the crawl-like mix's
# polluted share, default 0.03), BENCH_PY_MB (megabytes for Python, default
# 10), BENCH_SKIP_PYTHON=1, BENCH_SKIP_10X=1.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
work="$cache/bench"
mb="${BENCH_MB:-100}"
py_mb="${BENCH_PY_MB:-10}"
cores="$(nproc)"
mkdir -p "$work"
cd "$repo"

say() { echo "bench: $*" >&2; }

polluted="${BENCH_POLLUTED:-0.03}"

# 1. Corpora (kept between runs; regenerated when the size or share changes).
# corpus DIR SHARE MARKER
corpus() {
    local dir="$1" share="$2" marker="$3"
    if [[ ! -f "$dir/$marker" ]]; then
        rm -rf "$dir/pages" "$dir"/.corpus-* "$dir/pages.warc.gz"
        mkdir -p "$dir"
        local corpus_args=()
        if [[ -f "$cache/pd199801.tsv" ]]; then
            corpus_args=(--corpus "$cache/pd199801.tsv")
        else
            say "no $cache/pd199801.tsv (scripts/fetch-corpus.sh): synthesizing article text"
        fi
        python3 scripts/gen-bench-pages.py --out "$dir" --mb "$mb" --warc-mb 20 \
            --polluted-share "$share" "${corpus_args[@]}"
        touch "$dir/$marker"
    fi
}
corpus "$work" 0.3 ".corpus-$mb"
corpus "$work/crawl" "$polluted" ".corpus-$mb-$polluted"
pages="$work/pages"
warc="$work/pages.warc.gz"

# 2. Build.
say "building release"
cargo build --release --quiet --bin spamscan
bin="$repo/target/release/spamscan"

# Runs `spamscan scan` under /usr/bin/time; NAME then the command prefix and inputs.
scan() {
    local name="$1"
    shift
    say "scan: $name"
    local code=0
    /usr/bin/time -v -o "$work/$name.time" "$@" --quiet \
        --stats-json "$work/$name.stats.json" -o "$work/$name.out.jsonl" || code=$?
    if [[ $code -gt 1 ]]; then
        say "scan $name failed with exit code $code"
        exit 1
    fi
}

# Today's mix (files without a prefix, as before), then the crawl-like mix.
scan j1 taskset -c 0 "$bin" scan -j 1 "$pages"
scan "j$cores" "$bin" scan -j "$cores" "$pages"
scan crawl-j1 taskset -c 0 "$bin" scan -j 1 "$work/crawl/pages"
scan "crawl-j$cores" "$bin" scan -j "$cores" "$work/crawl/pages"
if [[ "${BENCH_SKIP_10X:-0}" != 1 ]]; then
    scan dir10x "$bin" scan -j "$cores" $(for _ in $(seq 10); do printf '%s ' "$pages"; done)
    scan warc1x "$bin" scan -j "$cores" "$warc"
    for _ in $(seq 10); do cat "$warc"; done >"$work/pages10.warc.gz"
    scan warc10x "$bin" scan -j "$cores" "$work/pages10.warc.gz"
    rm -f "$work/pages10.warc.gz"
fi

# 4. Stages and raw jieba-rs, per mix.
say "cargo bench --bench stages"
cargo bench --quiet --bench stages -- --pages "$pages" --mb "$mb" \
    --dump-text "$work/text.jsonl" --json "$work/stages.json" | tee "$work/stages.txt" >&2
cargo bench --quiet --bench stages -- --pages "$work/crawl/pages" --mb "$mb" \
    --json "$work/crawl-stages.json" | tee "$work/crawl-stages.txt" >&2

# 5. Python baseline.
if [[ "${BENCH_SKIP_PYTHON:-0}" != 1 ]]; then
    venv="$cache/bench-venv"
    if [[ ! -x "$venv/bin/python" ]]; then
        say "creating $venv (scikit-learn, jieba)"
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet scikit-learn jieba
    fi
    say "python baseline: $py_mb MB of pages end to end, $py_mb MB of extracted text"
    "$venv/bin/python" scripts/bench_python_baseline.py --pages "$pages" \
        --train "$cache/train/train.csv" --mb "$py_mb" >"$work/python.json"
    "$venv/bin/python" scripts/bench_python_baseline.py --texts "$work/text.jsonl" \
        --train "$cache/train/train.csv" --mb "$py_mb" >"$work/python-text.json"
else
    rm -f "$work/python.json" "$work/python-text.json"
fi

rm -f "$work"/*.out.jsonl

# Table.
python3 - "$work" "$cores" "$polluted" <<'EOF'
import json, os, re, sys
work, cores, polluted = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])

def load(name):
    path = os.path.join(work, name)
    return json.load(open(path)) if os.path.exists(path) else None

def rss_mb(name):
    path = os.path.join(work, f"{name}.time")
    if not os.path.exists(path):
        return None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
    return int(m.group(1)) / 1024 if m else None

py = load("python.json")
pyt = load("python-text.json")
for prefix, title in (("", "today's mix (a third of the pages polluted)"),
                      ("crawl-", f"crawl-like mix ({polluted:.0%} of the pages polluted)")):
    j1, jn = load(f"{prefix}j1.stats.json"), load(f"{prefix}j{cores}.stats.json")
    st = load(f"{prefix}stages.json")
    if not (j1 and jn and st):
        continue
    rows = [
        ("spamscan scan -j1 (pinned to 1 core)", 1, j1, f"{prefix}j1"),
        (f"spamscan scan -j{cores}", cores, jn, f"{prefix}j{cores}"),
    ]
    table = [(label, c, s["mb_per_second"], s["docs_per_second"], rss_mb(name)) for label, c, s, name in rows]
    jieba = st["raw jieba-rs cut, no HMM"]
    e2e = st["end to end (decode + detect)"]
    table.append(("stages: end to end, in process", 1, e2e["html_mb_s"], e2e["pages_s"], None))
    table.append(("raw jieba-rs cut, no HMM", 1, jieba["html_mb_s"], jieba["pages_s"], None))
    if py:
        table.append(("Python NB + jieba, pages end to end", 1, py["html_bytes"] / 1e6 / py["seconds"], py["docs"] / py["seconds"], None))
    if pyt:
        table.append(("Python NB + jieba, extracted text only", 1, pyt["html_bytes"] / 1e6 / pyt["seconds"], pyt["docs"] / pyt["seconds"], None))
    print()
    print(f"== {title}")
    print(f"corpus: {st['pages']} pages, {st['html_bytes'] / 1e6:.1f} MB of HTML, {st['text_bytes'] / 1e6:.1f} MB of extracted text")
    print("MB/s are HTML megabytes (10^6 bytes) of the same pages per second; jieba and Python")
    print(f"process the extracted text (jieba: {jieba['text_mb_s']:.1f} MB/s of text); Python ran on today's mix.")
    print()
    print(f"| {'pipeline':<40} | cores | HTML MB/s | docs/s | peak RSS |")
    print(f"| {'-' * 40} | ----- | --------- | ------ | -------- |")
    for label, c, mbs, dps, rss in table:
        r = f"{rss:.0f} MB" if rss else "-"
        print(f"| {label:<40} | {c:>5} | {mbs:>9.2f} | {dps:>6.0f} | {r:>8} |")
    print()
    print(f"spamscan -j1 / raw jieba-rs, per core:      {j1['mb_per_second'] / jieba['html_mb_s']:.2f}")
    if py:
        print(f"spamscan -j1 / Python end to end, per core: {j1['mb_per_second'] / (py['html_bytes'] / 1e6 / py['seconds']):.1f}x")
    if pyt:
        print(f"spamscan -j1 / Python on extracted text:    {j1['mb_per_second'] / (pyt['html_bytes'] / 1e6 / pyt['seconds']):.1f}x")
    print(f"scaling -j{cores} / -j1:                    {jn['docs_per_second'] / j1['docs_per_second']:.2f}x")
    if prefix:
        continue
    for one, ten, what in (("dir1x", "dir10x", "pages directory"), ("warc1x", "warc10x", "gzip WARC")):
        a = rss_mb(f"j{cores}" if one == "dir1x" else one)
        b = rss_mb(ten)
        sa = load(f"j{cores}.stats.json" if one == "dir1x" else f"{one}.stats.json")
        sb = load(f"{ten}.stats.json")
        if a and b and sa and sb:
            print(f"peak RSS, {what}: 1x ({sa['document_bytes'] / 1e6:.0f} MB) {a:.0f} MB, "
                  f"10x ({sb['document_bytes'] / 1e6:.0f} MB) {b:.0f} MB")
EOF
