#!/usr/bin/env bash
# The project's test command: every test suite, offline, on a fresh clone.
# README's "Quick start" names this script and .ci/run calls exactly it.
# Each suite is one line below; a suite that needs tools installs them itself
# into a folder under target/, or from Debian's packages where nothing else
# will do (the browser test's Chromium, when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test (library, CLI, scan, property tests)"
cargo test --locked

echo "== training generators (Python, standard library only)"
python3 -m unittest discover -s training -p 'test_*.py'

echo "== HTML report in Chromium (hostile fixtures, CSP, span offsets; screenshots in target/browser-test/out)"
scripts/test-browser.sh

echo "== Python bindings, Spark job, datatrove block (venv under target/)"
scripts/test-python.sh
