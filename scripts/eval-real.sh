#!/usr/bin/env bash
# Measures spamscan on real, document-labeled text (recall per spam source,
# false-positive rate per genuine source and category) beside the keyword-list
# and sentence-NB baselines: `spamscan eval` over every *.jsonl in a folder.
#
#   scripts/eval-real.sh [DIR] [spamscan eval options...]
#
# DIR defaults to $SPAMSCAN_REALDEV, else ../shared/realdev next to the
# repository (the project's real development data: third-party text, used for
# measurement only, never committed or trained on). Any folder of JSONL files
# shaped {"id", "text" | "html", "label": "spam" | "genuine", "source"?,
# "category"?} works: e.g. your own labeled crawl.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${SPAMSCAN_REALDEV:-$here/../shared/realdev}"
if [[ $# -gt 0 && "$1" != -* ]]; then
    dir="$1"
    shift
fi
if [[ ! -d "$dir" ]]; then
    cat >&2 <<MSG
eval-real: no folder of real labeled data at $dir
  The project's real development data lives outside the repository (../shared/realdev);
  it is not shipped. Pass a folder of your own labeled JSONL files instead:
    scripts/eval-real.sh DIR     # lines {"id","text"|"html","label":"spam"|"genuine","source"?,"category"?}
MSG
    exit 2
fi
shopt -s nullglob
files=("$dir"/*.jsonl)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "eval-real: no *.jsonl files in $dir" >&2
    exit 2
fi
cargo build --release --quiet --bin spamscan --manifest-path "$here/Cargo.toml"
"$here/target/release/spamscan" eval "${files[@]}" --lexicon "$here/training/lexicon" "$@"
