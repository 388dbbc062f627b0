#!/usr/bin/env bash
# Sourced by scripts/test-browser.sh and scripts/bench-report.sh: makes sure
# Debian's Chromium (with a CJK font, so screenshots show the text) is
# installed, and playwright-core (pinned by tests/browser/package-lock.json;
# it drives the system Chromium, it never downloads a browser) is under
# target/browser-test. Sets BROWSER_DIR.
set -euo pipefail
BROWSER_DIR="$(pwd)/target/browser-test"
mkdir -p "$BROWSER_DIR"

if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    if [[ "$(id -u)" != 0 ]]; then
        echo "browser-setup: needs Debian's chromium and fonts-wqy-microhei (apt-get install chromium fonts-wqy-microhei)" >&2
        exit 1
    fi
    echo "== installing chromium and a CJK font (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

if ! cmp -s tests/browser/package-lock.json "$BROWSER_DIR/package-lock.json" \
    || [[ ! -d "$BROWSER_DIR/node_modules/playwright-core" ]]; then
    echo "== installing playwright-core (npm ci)"
    cp tests/browser/package.json tests/browser/package-lock.json "$BROWSER_DIR/"
    (cd "$BROWSER_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
export NODE_PATH="$BROWSER_DIR/node_modules"
