#!/usr/bin/env bash
# Builds the labeled evaluation pages (training/pages.py) from the held-out test
# articles of the People's Daily 1998-01 corpus, deterministically:
#   1. fetch and untag the corpus into the cache (scripts/fetch-corpus.sh, quiet),
#   2. python3 training/pages.py --seed 4242 --pages 2000 -> "$cache/eval/pages.jsonl".
# Per-group / per-kind / per-obfuscation counts go to stderr; when the training
# set of scripts/train-default.sh is in "$cache/train", its verbatim overlap with
# the pages' gold spans is reported too. Prints the path of the pages on stdout
# as its last line. The pages contain corpus text: they stay in the cache.
#
# Cache: ${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
seed="${SPAMSCAN_EVAL_SEED:-4242}"
pages="${SPAMSCAN_EVAL_PAGES:-2000}"
out="$cache/eval/pages.jsonl"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! "$here/scripts/fetch-corpus.sh" >/dev/null 2>"$log"; then
    cat "$log" >&2
    echo "eval-pages: scripts/fetch-corpus.sh failed" >&2
    exit 1
fi

train_dir=()
if [[ -f "$cache/train/train.csv" && -f "$cache/train/phrases.txt" ]]; then
    train_dir=(--train-dir "$cache/train")
fi

mkdir -p "$cache/eval"
python3 "$here/training/pages.py" --corpus "$cache/pd199801.tsv" --out "$out" \
    --seed "$seed" --pages "$pages" "${train_dir[@]}"
echo "$out"
