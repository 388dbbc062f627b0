"""Type stubs of the native module (src/lib.rs); full docs in help(spamscan.Detector)."""

import os
from typing import Any, Dict, Iterable, Iterator, List, Literal, Mapping, Optional, Tuple, Union

__version__: str

StrPath = Union[str, "os.PathLike[str]"]
ScanInput = Union[StrPath, Tuple[StrPath, str], Tuple[StrPath, str, str]]
Doc = Union[str, bytes, Mapping[str, Any]]
Report = Dict[str, Any]
Format = Literal["report", "dolma", "clean"]

class SpamscanError(Exception):
    """Base class of the errors spamscan raises."""

class ModelError(SpamscanError):
    """The model file could not be loaded."""

class DocumentError(SpamscanError):
    """A document could not be read (binary, larger than max_doc_bytes)."""

class ScanLines(Iterator[str]):
    """Output lines of a running scan, exactly as `spamscan scan` writes them."""

    def __iter__(self) -> "ScanLines": ...
    def __next__(self) -> str: ...
    @property
    def summary(self) -> Optional[Dict[str, Any]]:
        """The `--stats-json` object once every line was read, else None."""

class Detector:
    """A model (the shipped default unless a path is given) and the CLI's settings."""

    def __init__(
        self,
        model: Optional[StrPath] = None,
        *,
        threshold: Optional[float] = None,
        bias: Optional[float] = None,
        switch_penalty: Optional[float] = None,
        max_llr: Optional[float] = None,
        split_penalty: Optional[float] = None,
        min_support: Optional[float] = None,
        encoding: Optional[str] = None,
        max_doc_bytes: Optional[int] = None,
    ) -> None: ...
    @property
    def settings(self) -> Dict[str, Any]:
        """The settings in force, CLI defaults filled in."""
    def score(
        self,
        text: Optional[str] = None,
        html: Optional[Union[bytes, str]] = None,
        title: Optional[str] = None,
        id: Optional[str] = None,
        *,
        emit_text: bool = False,
    ) -> Report:
        """The `spamscan score --json` object of one document."""
    def score_batch(
        self,
        docs: Iterable[Doc],
        threads: Optional[int] = None,
        *,
        emit_text: bool = False,
        errors: Literal["raise", "report"] = "raise",
    ) -> List[Report]:
        """`score` on every document, on `threads` threads, GIL released."""
    def clean(self, text: str, *, id: Optional[str] = None) -> Tuple[str, Report]:
        """The text without its polluted body spans, and its report."""
    def clean_batch(
        self, docs: Iterable[Union[str, Mapping[str, Any]]], threads: Optional[int] = None
    ) -> List[Tuple[str, Report]]:
        """`clean` on every document, on `threads` threads, GIL released."""
    def scan(
        self,
        inputs: Iterable[ScanInput],
        *,
        format: Format = "report",
        threads: Optional[int] = None,
        max_doc_bytes: Optional[int] = None,
        text_field: str = "text",
        id_field: str = "id",
        attribute_prefix: str = "spamscan",
        drop_threshold: Optional[float] = None,
        globs: Optional[List[str]] = None,
    ) -> ScanLines:
        """The lines `spamscan scan` writes for these inputs."""
    def scan_to(
        self,
        inputs: Iterable[ScanInput],
        *,
        output: Optional[StrPath] = None,
        output_dir: Optional[StrPath] = None,
        format: Format = "report",
        threads: Optional[int] = None,
        max_doc_bytes: Optional[int] = None,
        text_field: str = "text",
        id_field: str = "id",
        attribute_prefix: str = "spamscan",
        drop_threshold: Optional[float] = None,
        globs: Optional[List[str]] = None,
    ) -> Dict[str, Any]:
        """`spamscan scan -o FILE` / `--output-dir DIR`; returns the summary."""
