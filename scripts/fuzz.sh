#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser (libFuzzer through cargo-fuzz).
#
#   scripts/fuzz.sh                    # every target, 600 s each, two at a time
#   scripts/fuzz.sh 30 html warc       # chosen targets, 30 s each
#   JOBS=1 scripts/fuzz.sh 600         # one at a time
#
# Targets and their invariants: fuzz/checks.rs. Seeds (fuzz/seeds/<target>,
# committed) are read; new inputs go to fuzz/corpus/<target> (not committed).
# Crashes land in fuzz/artifacts/<target>/: reproduce one with
# `cargo fuzz run <target> <file>`, fix it, and commit the input under
# fuzz/regressions/<target>/ so that `cargo test` (tests/fuzz_corpus.rs)
# replays it from then on. Prints one row per target: executions, coverage
# (libFuzzer's `cov`: edges reached, and `ft`: features), corpus size.
#
# cargo-fuzz needs nightly-only flags (-Zsanitizer, sancov passes); this
# machine and CI have one stable toolchain and can fetch no other, so the
# stable compiler is told to accept them with RUSTC_BOOTSTRAP=1. cargo-fuzz
# itself is installed from crates.io into target/fuzz-tools if missing.
# Not part of scripts/test.sh: the instrumented build of every dependency
# alone takes longer than CI's budget for it (about 10 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(html warc jsonl compress csv_train model spans scan)
fi
jobs="${JOBS:-2}"

tools="$PWD/target/fuzz-tools"
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    if [ ! -x "$tools/bin/cargo-fuzz" ]; then
        cargo install --locked --root "$tools" cargo-fuzz
    fi
    export PATH="$tools/bin:$PATH"
fi
export RUSTC_BOOTSTRAP=1

cargo fuzz build -O --debug-assertions

mkdir -p fuzz/logs
run() {
    local t="$1"
    mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
    cargo fuzz run -O --debug-assertions "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=16384 \
        -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1 || true
}

pending=("${targets[@]}")
while [ ${#pending[@]} -gt 0 ]; do
    batch=("${pending[@]:0:$jobs}")
    pending=("${pending[@]:$jobs}")
    for t in "${batch[@]}"; do run "$t" & done
    wait
done

echo "| target | seconds | executions | exec/s | cov | ft | corpus | crashes |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
failed=0
for t in "${targets[@]}"; do
    log="fuzz/logs/$t.log"
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo 0)
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo 0)
    corp=$(grep -o 'corp: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo 0)
    crashes=$(find "fuzz/artifacts/$t" -type f | wc -l)
    # libFuzzer's own count of the seconds it ran (none when it stopped at a crash).
    ran=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "?")
    rate=$((execs / (${ran/\?/$seconds} > 0 ? ${ran/\?/$seconds} : 1)))
    echo "| $t | $ran | $execs | $rate | $cov | $ft | $corp | $crashes |"
    if [ "$crashes" -gt 0 ] || grep -q 'ERROR: libFuzzer' "$log"; then
        failed=1
        echo "  $t: see $log and fuzz/artifacts/$t/" >&2
    fi
done
exit "$failed"
