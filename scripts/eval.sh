#!/usr/bin/env bash
# Prints the model card's evaluation table on a fresh clone:
#   1. regenerates the held-out test pages (scripts/eval-pages.sh test),
#   2. runs `spamscan eval` on them with the shipped default model and default
#      settings, beside the keyword-list and sentence-NB baselines,
#   3. writes the metrics as JSON to "$cache/eval/test-metrics.json".
# Extra arguments go to `spamscan eval` (e.g. --model PATH, --bias 1.0).
# `scripts/eval.sh --split dev ...` evaluates the dev pages instead (tuning).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
split=test
if [[ "${1:-}" == "--split" ]]; then
    split="${2:?--split needs test or dev}"
    shift 2
fi

pages="$("$here/scripts/eval-pages.sh" "$split" | tail -n 1)"
cargo build --release --quiet --bin spamscan --manifest-path "$here/Cargo.toml"
"$here/target/release/spamscan" eval "$pages" \
    --lexicon "$here/training/lexicon" \
    --json-out "$cache/eval/$split-metrics.json" "$@"
