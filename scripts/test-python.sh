#!/usr/bin/env bash
# The Python suite: the bindings (python/), the Spark job (examples/spark/)
# and the datatrove block, tested for parity against the CLI built from the
# same tree. Needs only the Rust toolchain, python3 and network access to
# PyPI: it makes a venv under target/, builds the wheel with maturin from
# PyPI (exactly what `pip install ./python` does), installs it with pyspark,
# datatrove and pytest, and runs python/tests. Spark needs Java 17, which is
# installed with apt when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
venv="$repo/target/python-venv"
# One target directory for the CLI and the bindings' build.
export CARGO_TARGET_DIR="$repo/target"
export PIP_DISABLE_PIP_VERSION_CHECK=1

if ! java -version >/dev/null 2>&1; then
    echo "test-python: no Java: installing a JRE for Spark"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

echo "test-python: CLI (the reference) and venv"
cargo build --locked --quiet --bin spamscan
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q \
    pytest==9.2.0 pyspark==4.3.0 datatrove==0.10.1 regex==2026.11.19 orjson==3.13.0

echo "test-python: building the wheel (maturin from PyPI, release, --locked)"
rm -rf "$repo/target/wheels"
"$venv/bin/pip" wheel -q --no-deps -w "$repo/target/wheels" ./python
"$venv/bin/pip" install -q --force-reinstall --no-deps "$repo"/target/wheels/spamscan-*.whl

echo "test-python: pytest python/tests"
export SPAMSCAN_BIN="$repo/target/debug/spamscan"
cd python/tests
"$venv/bin/python" -m pytest -q -p no:cacheprovider .
