#!/usr/bin/env bash
# Benchmark (not a test) of `spamscan serve` on loopback with `hey` (Debian's
# package; every run bounded by a request count and, through `timeout`, by
# time):
#   1. a typical page (examples/injected-news.html, 1.6 KB, three injected
#      phrases) POSTed at concurrency 1, 8 and 64: requests/s, p50 and p99
#      latency, status codes;
#   2. a flood of large bodies (a 2 MiB page, 64 at a time) and of oversized
#      ones (16 MiB, refused by Content-Length): the server's peak RSS
#      before and after, and how many were answered, refused or too large.
# Prints a Markdown table for the README. Environment: BENCH_REQUESTS
# (default 20000 per run), BENCH_FLOOD (default 256 large bodies),
# BENCH_WORKERS (serve --workers, default one per core), SPAMSCAN_BIN.
set -euo pipefail
cd "$(dirname "$0")/.."

requests="${BENCH_REQUESTS:-20000}"
flood="${BENCH_FLOOD:-256}"
say() { echo "bench-serve: $*" >&2; }

if ! command -v hey >/dev/null 2>&1; then
    say "installing hey (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null
fi
# SPAMSCAN_BIN: time that binary instead of building this checkout.
bin="${SPAMSCAN_BIN:-target/release/spamscan}"
[[ -n "${SPAMSCAN_BIN:-}" ]] || cargo build --release --locked --quiet --bin spamscan
work="$(mktemp -d)"
server=""
cleanup() {
    if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

workers=()
[[ -n "${BENCH_WORKERS:-}" ]] && workers=(--workers "$BENCH_WORKERS")
"$bin" serve --listen 127.0.0.1:0 "${workers[@]}" 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/serve.log" 2>/dev/null && break
    sleep 0.1
done
url="$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)"
[[ -n "$url" ]] || { cat "$work/serve.log" >&2; exit 1; }
say "server $url (pid $server), $(nproc) cores"

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }

# hey's summary -> "rps p50_ms p99_ms statuses"
run_hey() {
    local n="$1" c="$2" body="$3" type="$4"
    timeout 300 hey -n "$n" -c "$c" -m POST -T "$type" -D "$body" -t 60 "$url/v1/score" >"$work/hey.out"
    awk '
        /Requests\/sec/ { rps = $2 }
        /50% in/ { p50 = $3 * 1000 }
        /99% in/ { p99 = $3 * 1000 }
        /^Status code distribution/ { section = "status"; next }
        /^Error distribution/ { section = "error"; next }
        /^[ \t]*\[[0-9]+\]/ {
            n = $1; gsub(/[\[\]]/, "", n)
            if (section == "status") { codes = codes (codes ? ", " : "") $2 " x " n }
            if (section == "error") { errors += n }
        }
        END {
            if (errors) codes = codes (codes ? ", " : "") errors " x no answer (connection reset)"
            printf "%.0f %.2f %.2f %s\n", rps, p50, p99, codes
        }
    ' "$work/hey.out"
}

page=examples/injected-news.html
run_hey 500 8 "$page" text/html >/dev/null # warm-up
echo
echo "| concurrency | requests/s | p50 latency | p99 latency | answers |"
echo "| ---: | ---: | ---: | ---: | --- |"
for c in 1 8 64; do
    read -r rps p50 p99 codes < <(run_hey "$requests" "$c" "$page" text/html)
    echo "| $c | $rps | $p50 ms | $p99 ms | $codes |"
done
echo
echo "RSS after the typical-page runs: $(rss_mb) MB (peak $(peak_rss_mb) MB)"

# A 2 MiB page: the typical one's paragraphs repeated.
python3 - "$page" "$work/large.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
head, _, rest = page.partition("<body>")
body, _, tail = rest.partition("</body>")
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(head + "<body>")
    size = len(head)
    while size < 2 * 1024 * 1024 - len(body) - len(tail):
        out.write(body)
        size += len(body.encode())
    out.write("</body>" + tail)
PY
head -c $((16 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$work/huge.txt"
before="$(peak_rss_mb)"
read -r rps p50 p99 codes < <(run_hey "$flood" 64 "$work/large.html" text/html)
after_large="$(peak_rss_mb)"
read -r rps2 _ _ codes2 < <(run_hey "$flood" 64 "$work/huge.txt" text/plain)
after_huge="$(peak_rss_mb)"
echo
echo "| flood (64 at a time) | bodies | answers | p50 | p99 | server peak RSS before -> after |"
echo "| --- | ---: | --- | ---: | ---: | --- |"
echo "| 2 MiB pages | $flood | $codes | $p50 ms | $p99 ms | $before MB -> $after_large MB |"
echo "| 16 MiB bodies (over the 8 MiB cap) | $flood | $codes2 | | | $after_large MB -> $after_huge MB |"
echo
echo "limits: --max-in-flight 256, --max-buffered-bytes 64 MiB, --max-doc-bytes 8 MiB (defaults)"
curl -s "$url/metrics" | grep -E '^spamscan_(documents|errors)_total' | sed 's/^/    /'
