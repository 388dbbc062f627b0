#!/usr/bin/env bash
# Near-linear detection, measured (benches/scaling.rs): every detector on its
# adversarial page at a base size and at 2x; a doubling that costs more than
# 2.2x fails (exit 1). A benchmark, run on demand (not in CI):
#
#   scripts/bench-scaling.sh                 # CPU time at 2, 4, 6 MiB, every detector
#   scripts/bench-scaling.sh --mib 8 links   # the 8, 16, 24 MiB link farm
#   scripts/bench-scaling.sh --count [MIB]   # instructions (callgrind) at MIB and 2x MIB
#
# --count counts instructions under valgrind's callgrind, only inside the
# measured decode + detect call: the same numbers on a busy or an idle
# machine, so it is the one to trust on a shared one (default 0.5 MiB).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--count" ]; then
    exec cargo bench --locked --bench scaling -- "$@"
fi
base="${2:-0.5}"
bin=$(cargo bench --locked --bench scaling --no-run 2>&1 |
    grep -o 'target/release/deps/scaling-[0-9a-f]*' | head -1)
count() { # detector, MiB -> instructions
    valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect='*measured*' \
        "$bin" --once "$2" "$1" 2>&1 | grep -o 'Collected : [0-9]*' | grep -o '[0-9]*$'
}
failed=0
echo "| detector | instructions at $base MiB | at 2x | ratio |"
echo "| --- | ---: | ---: | ---: |"
for d in links stuffing template spans; do
    one=$(count "$d" "$base")
    two=$(count "$d" "$(python3 -c "print(2 * $base)")")
    ratio=$(python3 -c "print(f'{$two / $one:.2f}')")
    echo "| $d | $one | $two | $ratio |"
    if python3 -c "import sys; sys.exit(0 if $two / $one <= 2.2 else 1)"; then :; else failed=1; fi
done
exit "$failed"
