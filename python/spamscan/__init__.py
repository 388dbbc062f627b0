"""spamscan: find gambling SEO injection in Chinese web pages and say exactly
which spans are polluted.

A thin wrapper over the Rust library that the ``spamscan`` CLI is built on::

    import spamscan
    detector = spamscan.Detector()              # the shipped default model
    report = detector.score(html=open("page.html", "rb").read())

``report`` is exactly the object ``spamscan score --json`` prints: ``id``,
``verdict``, ``score``, ``title``, ``chars`` and ``spans``, offsets in code
points (Python ``str`` indices) of the field each span names.

* :class:`Detector` scores documents (``score``, ``score_batch``), cleans
  text (``clean``) and scans files as ``spamscan scan`` does (``scan``,
  ``scan_to``), the slow parts with the GIL released.
* :mod:`spamscan.datatrove` is a datatrove pipeline block (imported on
  demand: datatrove is an optional dependency).
"""

from ._spamscan import (
    Detector,
    DocumentError,
    ModelError,
    ScanLines,
    SpamscanError,
    __version__,
)

__all__ = [
    "Detector",
    "DocumentError",
    "ModelError",
    "ScanLines",
    "SpamscanError",
    "__version__",
]
