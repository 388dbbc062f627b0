#!/usr/bin/env bash
# Builds the labeled evaluation pages (training/pages.py) from held-out articles
# of the People's Daily 1998-01 corpus, deterministically:
#   1. fetch and untag the corpus into the cache (scripts/fetch-corpus.sh, quiet),
#   2. python3 training/pages.py --split SPLIT --seed S --pages 2000
#      -> "$cache/eval/SPLIT.jsonl".
# SPLIT is the first argument: "test" (default; seed 4242, the model card's
# numbers) or "dev" (seed 4243, for tuning detector settings; never report it).
# Per-group / per-kind / per-obfuscation counts go to stderr; when the training
# set of scripts/train-default.sh is in "$cache/train", its verbatim overlap with
# the pages' gold spans is reported too. Prints the path of the pages on stdout
# as its last line. The pages contain corpus text: they stay in the cache.
#
# Cache: ${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
split="${1:-test}"
case "$split" in
    test) default_seed=4242 ;;
    dev) default_seed=4243 ;;
    *) echo "eval-pages: unknown split '$split' (expected test or dev)" >&2; exit 2 ;;
esac
seed="${SPAMSCAN_EVAL_SEED:-$default_seed}"
pages="${SPAMSCAN_EVAL_PAGES:-2000}"
out="$cache/eval/$split.jsonl"

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
    --split "$split" --seed "$seed" --pages "$pages" "${train_dir[@]}"
echo "$out"
