#!/usr/bin/env bash
# Browser test of the HTML report (`spamscan scan --format html`): builds a
# report from the fixtures in tests/fixtures/report (hostile pages, ids and
# texts), renders it in headless Chromium and checks that no page content
# runs, that the console has no CSP violation or error, and that every span
# is highlighted at its JSON offsets (tests/browser/report.test.js says
# exactly what). Screenshots go to target/browser-test/.
#
# Installs what it needs (scripts/browser-setup.sh): chromium and a CJK font
# from Debian, playwright-core from npm. The test itself uses no network.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/browser-setup.sh

cargo build --locked --quiet --bin spamscan
bin=target/debug/spamscan
out="$BROWSER_DIR/out"   # absolute: the scans run in the fixtures' folder
rm -rf "$out"
mkdir -p "$out"
# Run from the fixtures' folder, so that names are short in the screenshots.
# Exit status 2: the fixtures include an unreadable file (an error line).
bin="$(pwd)/$bin"
for format in html report; do
    status=0
    (cd tests/fixtures/report && "$bin" scan crawl.warc docs.jsonl pages unreadable.bin \
        --format "$format" -o "$out/report.${format/report/jsonl}" -q) || status=$?
    if [[ $status -ne 2 || ! -s "$out/report.${format/report/jsonl}" ]]; then
        echo "test-browser: scan --format $format exited $status" >&2
        exit 1
    fi
done

node tests/browser/report.test.js "$out/report.html" "$out/report.jsonl" "$out"
