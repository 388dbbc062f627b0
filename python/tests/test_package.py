"""The package itself: the bindings build with the library's dependency
versions, and ship their type stubs."""

import re
from pathlib import Path

import spamscan
from conftest import REPO


def locked_versions(path: Path):
    """Every (name, version) a Cargo.lock holds (a crate may be there twice)."""
    text = path.read_text(encoding="utf-8")
    versions = {}
    for name, version in re.findall(r'\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"', text):
        versions.setdefault(name, set()).add(version)
    return versions


def test_bindings_lock_pins_the_library_dependencies():
    """python/Cargo.lock resolves every crate the library shares to a version
    the root lock has, so the wheel is built from what `cargo test` tests."""
    root = locked_versions(REPO / "Cargo.lock")
    bindings = locked_versions(REPO / "python" / "Cargo.lock")
    differ = {k: (root[k], v) for k, v in bindings.items() if k in root and not v <= root[k]}
    assert not differ, f"update python/Cargo.lock (cp Cargo.lock python/ && cargo metadata): {differ}"
    assert bindings["spamscan"] == root["spamscan"]
    assert {"pyo3", "pythonize", "serde_json", "jieba-rs"} <= set(bindings)


def test_stubs_and_docstrings_ship():
    package = Path(spamscan.__file__).parent
    assert (package / "py.typed").exists() and (package / "_spamscan.pyi").exists()
    stub = (package / "_spamscan.pyi").read_text(encoding="utf-8")
    for name in ("score", "score_batch", "clean", "clean_batch", "scan", "scan_to"):
        assert f"def {name}(" in stub
        assert getattr(spamscan.Detector, name).__doc__.strip()
    assert "threshold" in spamscan.Detector.__doc__


def test_readme_example_runs(capsys, monkeypatch):
    """The README's three-line example, as written, from the repository root."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The Python package"):]
    code = section[section.index("```python\n") + len("```python\n"):]
    code = code[: code.index("```")]
    assert len(code.strip().splitlines()) == 3
    monkeypatch.chdir(REPO)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "'verdict': 'polluted'" in printed and "新澳门六开彩开奖结果" in printed
