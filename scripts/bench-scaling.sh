#!/usr/bin/env bash
# Near-linear detection, measured: every detector on its adversarial page at
# a base size and at 2x and 3x (benches/scaling.rs); exits 1 when a doubling
# costs more than 2.2x the time. A benchmark, run on demand (not in CI):
#
#   scripts/bench-scaling.sh                 # 2, 4, 6 MiB pages, every detector
#   scripts/bench-scaling.sh --mib 8 links   # the 8, 16, 24 MiB link farm
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --locked --bench scaling -- "$@"
