"""Figures for the process owners' overview, computed from Temporal visibility (no case data)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from statistics import median

from ui.cases import CaseListing

Route = str  # "auto", "clerk", "open", "failed"
ROUTE_LABELS: dict[Route, str] = {
    "auto": "automatisch bewilligt", "clerk": "durch Sachbearbeitung",
    "open": "in Bearbeitung", "failed": "fehlgeschlagen",
}
_DECIDED = ("approved", "rejected")


@dataclass(frozen=True)
class TypeFigures:
    application_type: str
    counts: dict[Route, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Overview:
    total: int
    per_type: list[TypeFigures]
    straight_through_rate: float | None
    median_processing_seconds: float | None
    median_waiting_seconds: float | None
    waiting_now: int


def route_of(case: CaseListing) -> Route:
    """Visibility has no route attribute; a case that carries reasons went to a clerk."""
    if case.status == "failed":
        return "failed"
    if case.status == "awaiting_review" or (case.reasons and case.status in _DECIDED):
        return "clerk"
    if case.status in _DECIDED:
        return "auto"
    return "open"


def overview(cases: list[CaseListing], now: datetime | None = None) -> Overview:
    now = now or datetime.now(UTC)
    by_type: dict[str, Counter[Route]] = {}
    for case in cases:
        by_type.setdefault(case.application_type or "unbekannt", Counter())[route_of(case)] += 1
    decided = [c for c in cases if c.status in _DECIDED]
    auto = sum(1 for c in decided if route_of(c) == "auto")
    processing = [(c.closed - c.started).total_seconds() for c in decided if c.closed]
    waiting = [(now - (c.submitted or c.started)).total_seconds()
               for c in cases if c.status == "awaiting_review"]
    return Overview(
        total=len(cases),
        per_type=[TypeFigures(t, {r: counts.get(r, 0) for r in ROUTE_LABELS})
                  for t, counts in sorted(by_type.items())],
        straight_through_rate=auto / len(decided) if decided else None,
        median_processing_seconds=median(processing) if processing else None,
        median_waiting_seconds=median(waiting) if waiting else None,
        waiting_now=len(waiting),
    )
