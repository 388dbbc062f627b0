#!/usr/bin/env bash
# Rebuilds models/default.model from scratch, deterministically:
#   1. fetch and untag the People's Daily 1998-01 corpus (cached outside git),
#   2. generate the labeled training CSV from it and training/ (seeded),
#   3. train with spamscan-train, holding out 10% for the model card's metrics.
# Running it twice gives a byte-identical model; the script checks that the
# generated CSV and the model hash are printed so the model card can cite them.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
seed="${SPAMSCAN_SEED:-1998}"
out="${1:-$here/models/default.model}"

"$here/scripts/fetch-corpus.sh" >/dev/null
mkdir -p "$cache/train"
python3 "$here/training/generate.py" --corpus "$cache/pd199801.tsv" --out "$cache/train" --seed "$seed"

cargo build --release --quiet --bin spamscan-train --manifest-path "$here/Cargo.toml"
"$here/target/release/spamscan-train" \
    "$cache/train/train.csv" \
    --user-dict "$here/training/lexicon/segmenter.dict" \
    --validate 0.1 --seed "$seed" \
    --min-count 3 \
    --output "$out"

echo "training CSV: $(sha256sum "$cache/train/train.csv" | cut -d' ' -f1)"
echo "model:        $(sha256sum "$out" | cut -d' ' -f1)  $out ($(stat -c %s "$out") bytes)"
