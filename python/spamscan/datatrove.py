"""spamscan as a datatrove pipeline block.

:class:`SpamscanFilter` scores each document's text and, by ``mode``:

* ``"drop"`` (default): drops polluted documents (page score at or above the
  detector's ``threshold``), with the reason ``spamscan_polluted``;
* ``"cut"``: cuts the polluted spans out of the text, as ``spamscan scan
  --format clean`` does, and drops the document when its page score reaches
  ``drop_threshold`` (if given, reason ``spamscan_polluted``) or when nothing
  but whitespace is left (reason ``spamscan_emptied``);
* ``"annotate"``: keeps every document unchanged.

In every mode the report goes to ``doc.metadata["spamscan"]`` (the key is
``metadata_key``): the ``spamscan score --json`` object without its ``id``
(``verdict``, ``score``, ``title``, ``chars``, ``spans`` with offsets in code
points of the text as it was scored), plus ``spans_removed`` and
``chars_removed`` in ``"cut"`` mode. A document spamscan can't score (larger
than ``max_doc_bytes``) is kept unchanged with ``{"verdict": "error",
"error": ...}``.

Documents are scored ``batch_size`` at a time with ``Detector.score_batch``
(or ``clean_batch``), on ``threads`` threads with the GIL released. The
detector is made on first use in each worker, so the block pickles for
datatrove's local, Slurm and Ray executors::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from spamscan.datatrove import SpamscanFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("data/documents"),
        SpamscanFilter(mode="cut", exclusion_writer=JsonlWriter("data/removed")),
        JsonlWriter("data/clean"),
    ], tasks=4).run()
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple, Union

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

from . import Detector

MODES = ("drop", "cut", "annotate")
DROP_REASON = "spamscan_polluted"
EMPTIED_REASON = "spamscan_emptied"


class SpamscanFilter(BaseFilter):
    """Drops, cuts or annotates documents polluted with gambling SEO text.

    Args:
        mode: ``"drop"``, ``"cut"`` or ``"annotate"`` (see the module doc).
        model: a model file (default: the shipped model).
        drop_threshold: in ``"cut"`` mode, drop documents whose page score is
            at or above this (``--drop-threshold``); None keeps them all.
        metadata_key: where the report goes in ``doc.metadata``.
        exclusion_writer: a datatrove writer for the dropped documents.
        batch_size: documents scored per call (parallelism within a task).
        threads: threads per batch (default: one per core); set 1 when
            datatrove already runs one task per core.
        detector_settings: the other ``Detector`` settings (``threshold``,
            ``bias``, ``switch_penalty``, ``max_llr``, ``split_penalty``,
            ``min_support``, ``max_doc_bytes``).
    """

    name = "🎰 spamscan"

    def __init__(
        self,
        mode: str = "drop",
        model: Optional[str] = None,
        drop_threshold: Optional[float] = None,
        metadata_key: str = "spamscan",
        exclusion_writer: Optional[DiskWriter] = None,
        batch_size: int = 256,
        threads: Optional[int] = None,
        **detector_settings: Any,
    ):
        super().__init__(exclusion_writer, batch_size)
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        if drop_threshold is not None and mode != "cut":
            raise ValueError("drop_threshold is only for mode='cut'")
        if drop_threshold is not None and not 0.0 <= drop_threshold <= 1.0:
            raise ValueError(f"--drop-threshold must be within [0, 1], got {drop_threshold}")
        self.mode = mode
        self.model = model
        self.drop_threshold = drop_threshold
        self.metadata_key = metadata_key
        self.threads = threads
        self.detector_settings = detector_settings
        # Check the settings now, on the driver, with the CLI's messages.
        self._detector: Optional[Detector] = Detector(model, **detector_settings)

    def __getstate__(self) -> Dict[str, Any]:
        # The native detector does not pickle: each worker makes its own.
        state = self.__dict__.copy()
        state["_detector"] = None
        return state

    @property
    def detector(self) -> Detector:
        """The detector, made on first use in this process."""
        if self._detector is None:
            self._detector = Detector(self.model, **self.detector_settings)
        return self._detector

    def filter(self, doc: Document) -> Union[bool, Tuple[bool, str]]:
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: List[Document]) -> List[Union[bool, Tuple[bool, str]]]:
        docs = [{"text": doc.text, "id": doc.id} for doc in batch]
        if self.mode == "cut":
            results = self.detector.clean_batch(docs, threads=self.threads)
        else:
            reports = self.detector.score_batch(docs, threads=self.threads, errors="report")
            results = [(None, report) for report in reports]
        return [self._decide(doc, cleaned, report) for doc, (cleaned, report) in zip(batch, results)]

    def _decide(
        self, doc: Document, cleaned: Optional[str], report: Dict[str, Any]
    ) -> Union[bool, Tuple[bool, str]]:
        report.pop("id", None)
        doc.metadata[self.metadata_key] = report
        verdict = report["verdict"]
        self.stat_update(f"spamscan_{verdict}")
        if verdict == "error":
            return True
        if self.mode == "drop":
            return (False, DROP_REASON) if verdict == "polluted" else True
        if self.mode == "cut":
            body_spans = [s for s in report["spans"] if s["field"] == "body"]
            report["spans_removed"] = len(body_spans)
            report["chars_removed"] = len(doc.text) - len(cleaned)
            if self.drop_threshold is not None and report["score"] >= self.drop_threshold:
                return False, DROP_REASON
            if body_spans:
                self.stat_update("spamscan_spans_removed", value=len(body_spans))
                if not cleaned.strip():
                    return False, EMPTIED_REASON
            doc.text = cleaned
        return True
