#!/usr/bin/env bash
# Benchmark (not a test) of the HTML report at scale: generates about
# 100,000 benchmark pages as one gzip WARC (scripts/gen-bench-pages.py,
# cached), scans them with `--format html` under /usr/bin/time (time, peak
# RSS), and times opening the report in headless Chromium five times
# (scripts/bench-report-load.js): until the table is shown, a document
# opened, the table re-sorted. Environment: BENCH_REPORT_MB (HTML megabytes
# to generate, default 470: about 101,000 pages), SPAMSCAN_CACHE, SPAMSCAN_BIN.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/browser-setup.sh

mb="${BENCH_REPORT_MB:-470}"
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
work="$cache/bench-report-$mb"
say() { echo "bench-report: $*" >&2; }

if [[ ! -f "$work/pages.warc.gz" ]]; then
    rm -rf "$work"
    mkdir -p "$work"
    corpus_args=()
    [[ -f "$cache/pd199801.tsv" ]] && corpus_args=(--corpus "$cache/pd199801.tsv")
    say "generating $mb MB of pages as a WARC (a few minutes, once)"
    python3 scripts/gen-bench-pages.py --out "$work" --mb "$mb" --warc-mb "$mb" "${corpus_args[@]}"
    rm -rf "$work/pages" # only the WARC is scanned
fi
# SPAMSCAN_BIN: time that binary instead of building this checkout.
bin="${SPAMSCAN_BIN:-target/release/spamscan}"
[[ -n "${SPAMSCAN_BIN:-}" ]] || cargo build --release --locked --quiet --bin spamscan
report="$work/report.html"
status=0
/usr/bin/time -v "$bin" scan "$work/pages.warc.gz" --format html -o "$report" \
    2>"$work/scan.log" || status=$?
[[ $status -le 1 ]] || { cat "$work/scan.log" >&2; exit 1; }
grep '^spamscan:' "$work/scan.log"
grep -E 'Maximum resident|Elapsed' "$work/scan.log"
echo "report: $(stat -c %s "$report" | awk '{ printf "%.1f MB", $1 / 1e6 }')"
node scripts/bench-report-load.js "$report" 5
