"""Detector.scan / scan_to against `spamscan scan` on the same inputs: the
same lines, byte for byte, in the same order."""

import gzip

import pytest

import spamscan
from conftest import run_cli
from crawl_fixture import write_crawl, write_jsonl_only


def read_text(path):
    data = path.read_bytes()
    return (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")


@pytest.mark.parametrize("fmt", ["report", "clean", "dolma"])
def test_scan_lines_equal_cli(tmp_path, detector, fmt):
    inputs = write_crawl(tmp_path / "in")
    if fmt == "dolma":
        # The CLI writes Dolma lines only into attribute files, one per input.
        inputs = write_jsonl_only(tmp_path / "in")
        run_cli("scan", "--quiet", "--format", "dolma", "--output-dir", tmp_path / "cli", *inputs,
                check_codes=(2,))
        out = "".join(read_text(tmp_path / "cli" / p.name) for p in inputs)
    else:
        _, out, _ = run_cli("scan", "--quiet", "-j", "2", "--format", fmt, *inputs, check_codes=(2,))
    lines = detector.scan([str(p) for p in inputs], format=fmt, threads=2)
    got = list(lines)
    assert got == out.splitlines()
    summary = lines.summary
    assert summary["balanced"] and summary["documents"] == len(got)
    assert summary["errors"] >= 1 and summary["polluted"] >= 1


def test_named_inputs_report_their_names(tmp_path, detector):
    (warc, *_rest) = write_crawl(tmp_path / "in")
    got = list(detector.scan([(warc, "crawl-data/x.warc.gz")]))
    _, out, _ = run_cli("scan", "--quiet", warc, check_codes=(2,))
    assert got == out.replace(str(warc), "crawl-data/x.warc.gz").splitlines()


def test_scan_to_writes_what_the_cli_writes(tmp_path, detector):
    inputs = write_crawl(tmp_path / "in")
    run_cli("scan", "--quiet", "-o", tmp_path / "cli.jsonl", *inputs, check_codes=(2,))
    summary = detector.scan_to(inputs, output=tmp_path / "py.jsonl")
    assert (tmp_path / "py.jsonl").read_bytes() == (tmp_path / "cli.jsonl").read_bytes()
    assert summary["lines_out"] == summary["documents"]

    jsonl = write_jsonl_only(tmp_path / "in")
    run_cli("scan", "--quiet", "--format", "dolma", "--output-dir", tmp_path / "cli", *jsonl, check_codes=(2,))
    detector.scan_to(jsonl, format="dolma", output_dir=tmp_path / "py")
    for name in ("docs.jsonl", "more.jsonl.gz"):
        assert read_text(tmp_path / "py" / name) == read_text(tmp_path / "cli" / name)


def test_scan_argument_errors_carry_cli_messages(tmp_path, detector):
    inputs = write_crawl(tmp_path / "in")
    cases = [
        (["--format", "report", "--drop-threshold", "0.5"], {"format": "report", "drop_threshold": 0.5}),
        (["--format", "clean", "--drop-threshold", "1.5"], {"format": "clean", "drop_threshold": 1.5}),
        (["--format", "dolma", "--output-dir", tmp_path / "d"],
         {"format": "dolma", "output_dir": tmp_path / "d"}),
        (["--glob", "a{"], {"globs": ["a{"], "output": tmp_path / "x"}),
    ]
    for flags, kwargs in cases:
        _, _, err = run_cli("scan", "--quiet", *flags, *inputs, check_codes=(2,))
        with pytest.raises(ValueError) as e:
            if "output" in kwargs or "output_dir" in kwargs:
                detector.scan_to(inputs, **kwargs)
            else:
                detector.scan(inputs, **kwargs)
        assert "spamscan: error: " + str(e.value) == err.strip()
    with pytest.raises(TypeError):
        detector.scan(str(inputs[0]))


def test_scan_can_stop_early(tmp_path, detector):
    inputs = write_crawl(tmp_path / "in") * 50
    lines = detector.scan(inputs, threads=1)
    assert next(lines).startswith("{")
    del lines  # the scan thread stops on its own once nobody reads
    assert spamscan.Detector  # the interpreter carries on
