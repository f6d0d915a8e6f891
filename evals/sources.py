"""Splits scored cases by source: scans (any page read by OCR) against digital documents.

The targets of the evaluation differ by source (e.g. field exact match ≥ 0.95 on digital
documents, ≥ 0.90 on scans), so the report shows both groups side by side. One OCR page makes
the whole case a scan, because a single badly read page is enough to spoil the case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from evals.aggregate import summarize
from evals.report_model import SOURCES, CaseResult, Source, Summary

OCR_METHOD = "ocr"


def source_of(read_methods: Iterable[str]) -> Source | None:
    """``None`` when no reading method was recorded (crash before reading, old predictions)."""
    methods = set(read_methods)
    if not methods:
        return None
    return "scan" if OCR_METHOD in methods else "digital"


def per_source(cases: Sequence[CaseResult]) -> dict[str, Summary]:
    """Both sources always, so the report's shape does not depend on the dataset."""
    return {source: summarize([c for c in cases if c.source == source]) for source in SOURCES}
