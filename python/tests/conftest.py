"""Shared fixtures: the CLI built from this tree (the reference every parity
test compares with), one detector, and the fixture pages (the committed ones
plus GBK / Big5 encodings of them made here)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import spamscan

REPO = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def cli_path() -> Path:
    """The spamscan binary of this tree: $SPAMSCAN_BIN, else target/debug."""
    path = Path(os.environ.get("SPAMSCAN_BIN", REPO / "target" / "debug" / "spamscan"))
    if not path.exists():
        pytest.fail(f"no spamscan binary at {path}: run `cargo build --locked` (or set SPAMSCAN_BIN)")
    return path


def run_cli(*args, check_codes=(0, 1)):
    """Runs the CLI; returns (exit code, stdout, stderr)."""
    env = {k: v for k, v in os.environ.items() if k != "SPAMSCAN_MODEL"}
    proc = subprocess.run([str(cli_path()), *map(str, args)], capture_output=True, env=env)
    if check_codes is not None and proc.returncode not in check_codes:
        raise AssertionError(f"spamscan {args} exited {proc.returncode}: {proc.stderr.decode()}")
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def cli_json_lines(*args, check_codes=(0, 1)):
    """The CLI's stdout as parsed JSON lines."""
    _, out, _ = run_cli(*args, check_codes=check_codes)
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="session")
def detector():
    return spamscan.Detector()


@pytest.fixture(scope="session")
def pages(tmp_path_factory):
    """Every fixture page, plus encoded variants: GBK with a <meta charset>,
    GBK without one (found by detection), Big5 declared; and a binary file."""
    out = tmp_path_factory.mktemp("pages")
    for page in sorted(PAGES.iterdir()):
        shutil.copy(page, out / page.name)
    inline = (PAGES / "injected-inline.html").read_text(encoding="utf-8")
    gbk_meta = inline.replace('<meta charset="utf-8">', '<meta charset="gbk">')
    (out / "gbk-meta.html").write_bytes(gbk_meta.encode("gbk"))
    no_meta = inline.replace('<meta charset="utf-8">', "")
    (out / "gbk-detected.html").write_bytes(no_meta.encode("gbk"))
    clean = (PAGES / "clean-news.html").read_text(encoding="utf-8")
    (out / "clean-gbk.html").write_bytes(clean.replace("©", "(C)").replace('charset="utf-8"', 'charset="gb2312"').encode("gbk"))
    hidden = (PAGES / "hidden-block.html").read_text(encoding="utf-8")
    (out / "big5.html").write_bytes(hidden.replace('charset="utf-8"', 'charset="big5"').encode("big5", "replace"))
    (out / "injected-gbk.txt").write_bytes((PAGES / "injected.txt").read_text(encoding="utf-8").encode("gbk"))
    return out
